// `import 'wr-dependency!pluginKey:webResourceKey'` adds a <dependency> to the generated web-resource
// (atlassian-webresource-webpack-plugin); the import itself carries no code.
declare module 'wr-dependency!*';

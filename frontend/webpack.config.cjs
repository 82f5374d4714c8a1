// Bundles the viewer and the editor into web resources: the WRM plugin writes their
// <web-resource> descriptors, which the jar exposes through Atlassian-Scan-Folders.
const path = require('path');
const WrmPlugin = require('atlassian-webresource-webpack-plugin');
const { outputDir } = require('./scripts/output-dir.cjs');

const ENTRIES = {
    'journey-map-viewer': './src/viewer/index.ts',
    'journey-map-editor': './src/editor/index.tsx',
    // Macro browser: the journey-map macro's dialog in Confluence's editor.
    'journey-map-macro-browser': './src/macro-browser/index.ts',
    // A space's branding page (space tools > Apps), for space administrators.
    'journey-map-branding': './src/branding/index.tsx',
};

module.exports = {
    entry: ENTRIES,
    context: __dirname,
    devtool: false,
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
        rules: [
            { test: /\.tsx?$/, loader: 'ts-loader', options: { onlyCompileBundledFiles: true }, exclude: /node_modules/ },
            { test: /\.css$/, type: 'css' },
        ],
    },
    experiments: { css: true },
    output: {
        path: path.join(outputDir, 'frontend'),
        filename: '[name].js',
        chunkFilename: '[name].chunk.js',
        cssFilename: '[name].css',
        clean: true,
    },
    optimization: {
        // Stable module and chunk ids keep the generated descriptor identical between builds.
        moduleIds: 'deterministic',
        chunkIds: 'deterministic',
    },
    performance: { hints: false },
    stats: 'errors-warnings',
    plugins: [
        new WrmPlugin({
            pluginKey: 'org.journeymaps.journey-maps',
            xmlDescriptors: path.join(outputDir, 'META-INF', 'plugin-descriptors', 'wr-webpack-bundles.xml'),
            locationPrefix: 'frontend/',
            addEntrypointNameAsContext: false,
            // Macro browser: loaded with Confluence's editor, and again with its macro browser.
            contextMap: { 'journey-map-macro-browser': ['editor', 'macro-browser'] },
        }),
    ],
};

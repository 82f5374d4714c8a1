// Where the bundles go: Maven passes ${project.build.outputDirectory} (JM_OUTPUT_DIR); alone, target/classes.
const path = require('path');

const outputDir = path.resolve(process.env.JM_OUTPUT_DIR || path.join(__dirname, '..', '..', 'target', 'classes'));

module.exports = { outputDir };

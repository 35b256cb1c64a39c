/** Jest stand-in for the *.compiled.css files Atlaskit imports (esbuild bundles them for the browser). */
module.exports = {};

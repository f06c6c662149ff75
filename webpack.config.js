/**
 * Builds the task pane: dist/taskpane.html (+ dist/commands.html, the FunctionFile the manifest's
 * ribbon needs), content-hashed bundles, the icons, and manifest.xml with its URLs pointed at
 * ADDIN_BASE_URL when that is set (a production deployment), else at https://localhost:3000.
 *
 * exceljs must stay out of the initial bundle: the pane loads it with import() when a section
 * needs it, so opening the pane stays fast. tests/browser checks that.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { clearTimeout } = require('timers');
const { DefinePlugin, NormalModuleReplacementPlugin } = require('webpack');
const { version: PACKAGE_VERSION } = require('./package.json');

const DEV_BASE_URL = 'https://localhost:3000';
const DEV_PORT = 3000;
const CERT_TIMEOUT_MS = 30000;

/** The base URL the manifest should name, without a trailing slash. */
function addinBaseUrl() {
  const raw = (process.env.ADDIN_BASE_URL || '').trim();
  if (raw === '') return DEV_BASE_URL;
  const url = new URL(raw);
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must be an https:// URL (Office requires it), got ${raw}`);
  return raw.replace(/\/+$/, '');
}

/**
 * The manifest's four-part <Version> for a package.json version: 1.2.3 → 1.2.3.0 (Office wants one to
 * four numbers of at most five digits; a pre-release tag such as -beta.1 has no place there).
 */
function manifestVersion(version) {
  const match = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})(?:[-+].*)?$/.exec(version);
  if (!match) throw new Error(`package.json's version ${version} cannot be a manifest <Version> (n.n.n.n)`);
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/** manifest.xml as built: URLs at baseUrl, <Version> from package.json (the source's 0.0.0.0 is a placeholder). */
function rewriteManifest(content, baseUrl, version = PACKAGE_VERSION) {
  const text = content.toString('utf8').replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  return baseUrl === DEV_BASE_URL ? text : text.split(DEV_BASE_URL).join(baseUrl);
}

/**
 * HTTPS options for the dev server: Office only loads add-ins over HTTPS. office-addin-dev-certs
 * makes and trusts a localhost certificate; if it cannot (no sudo on Linux, a locked keychain),
 * webpack-dev-server's own self-signed certificate is used and the browser must be told to trust it.
 */
async function devServerHttps() {
  const fallback = (reason) => {
    console.warn(
      `\n[cchc] Could not use office-addin-dev-certs (${reason}).\n` +
        `[cchc] Serving with a self-signed certificate instead: open ${DEV_BASE_URL}/taskpane.html once in the\n` +
        '[cchc] browser and accept the certificate, or Excel will show an empty pane.\n',
    );
    return { type: 'https' };
  };
  if (process.env.CCHC_DEV_CERTS === 'self-signed') return fallback('CCHC_DEV_CERTS=self-signed');
  try {
    const { getHttpsServerOptions } = require('office-addin-dev-certs');
    let timer;
    const timeout = new Promise((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${CERT_TIMEOUT_MS / 1000} s`)), CERT_TIMEOUT_MS);
    });
    const options = await Promise.race([getHttpsServerOptions(), timeout]).finally(() => clearTimeout(timer));
    return { type: 'https', options };
  } catch (error) {
    return fallback(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
}

module.exports = async function webpackConfig(env = {}, argv = {}) {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = addinBaseUrl();

  return {
    mode,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      publicPath: '',
      clean: { keep: /^node\// }, // dist/node is the CLI, built by tsc, not by webpack
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // tsc --noEmit is the type gate; here we only transpile, which keeps builds quick.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } },
          },
        },
      ],
    },
    devtool: dev ? 'eval-cheap-module-source-map' : false,
    plugins: [
      // The pane's footer shows package.json's version (src/taskpane/version.ts), the same the manifest gets.
      new DefinePlugin({ __CCHC_VERSION__: JSON.stringify(PACKAGE_VERSION) }),
      // English is loaded when the officer picks it (src/taskpane/i18n/lazyEnglish.ts), not in the first load.
      new NormalModuleReplacementPlugin(/^\.\/en$/, (resource) => {
        if (/[\\/]core[\\/]i18n$/.test(resource.context)) resource.request = path.resolve(__dirname, 'src/taskpane/i18n/lazyEnglish.ts');
      }),
      // The command line's words are never shown in the pane (src/taskpane/i18n/noCliWords.ts).
      new NormalModuleReplacementPlugin(/^\.\/vi\/cli$/, (resource) => {
        if (/[\\/]core[\\/]i18n$/.test(resource.context)) resource.request = path.resolve(__dirname, 'src/taskpane/i18n/noCliWords.ts');
      }),
      // The report's words load while the pane waits for Office.js (src/taskpane/i18n/lazyReportWords.ts).
      new NormalModuleReplacementPlugin(/^\.\/vi\/report$/, (resource) => {
        if (/[\\/]core[\\/]i18n$/.test(resource.context)) resource.request = path.resolve(__dirname, 'src/taskpane/i18n/lazyReportWords.ts');
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands.html',
        chunks: [],
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content, baseUrl) },
        ],
      }),
    ],
    performance: {
      // Fluent UI and React are most of the first load; warn only if it grows well beyond today's size.
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 900 * 1024,
      // Lazily loaded chunks (exceljs for consolidation is about 1 MB) do not delay opening the pane.
      assetFilter: (file) => !file.endsWith('.chunk.js') && !file.endsWith('.map'),
      hints: dev ? false : 'warning',
    },
    stats: dev ? 'minimal' : 'normal',
    devServer: serving
      ? {
          port: DEV_PORT,
          host: 'localhost',
          server: await devServerHttps(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          hot: false,
          liveReload: true,
          client: { overlay: { warnings: false, errors: true } },
          // Served from memory: dist/ keeps the last production build for the tests and deployment.
          devMiddleware: { writeToDisk: false },
        }
      : undefined,
  };
};

// For tests/manifest: the deployment rewrite is checked without running a build.
module.exports.addinBaseUrl = addinBaseUrl;
module.exports.rewriteManifest = rewriteManifest;
module.exports.manifestVersion = manifestVersion;

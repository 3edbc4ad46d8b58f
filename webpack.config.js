/**
 * Builds the add-in's web part: the task pane and the ribbon's function file, their HTML, the assets and the
 * manifest. `npm run build` (production) rewrites the manifest's dev URLs to VAM_PRODUCTION_URL;
 * `npm run dev-server` serves over HTTPS on port 3000, because Office only loads add-in pages over HTTPS.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** The origin every URL in manifest.xml uses during development. */
const DEV_URL = "https://localhost:3000/";

/** Stand-in production origin, documented in README.md; a real deployment sets VAM_PRODUCTION_URL. */
const PLACEHOLDER_PRODUCTION_URL = "https://vam-planner.example.com/";

/** The production origin, always with a trailing slash so it replaces DEV_URL one for one. */
function productionUrl() {
  const fromEnv = (process.env.VAM_PRODUCTION_URL ?? "").trim();
  if (fromEnv === "") {
    console.warn(
      `\nWARNING: VAM_PRODUCTION_URL is not set; dist/manifest.xml points to the placeholder ${PLACEHOLDER_PRODUCTION_URL}` +
        "\n         Set it to the HTTPS address that will host dist/ before deploying (see README.md).\n",
    );
    return PLACEHOLDER_PRODUCTION_URL;
  }
  if (!fromEnv.startsWith("https://")) {
    // Office refuses add-in pages that are not served over HTTPS; a wrong URL must not reach a manifest.
    throw new Error(`VAM_PRODUCTION_URL must start with https:// (got ${fromEnv})`);
  }
  return fromEnv.endsWith("/") ? fromEnv : `${fromEnv}/`;
}

/** HTTPS options from the Office dev certificates (installed on first use by office-addin-dev-certs). */
async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

/** Copies the manifest; production builds point it at the production origin and drop its dev comments. */
function manifestCopyPattern(isProduction) {
  if (!isProduction) return { from: "manifest.xml", to: "manifest.xml" };
  const target = productionUrl();
  return {
    from: "manifest.xml",
    to: "manifest.xml",
    transform: (content) =>
      content
        .toString()
        .replace(/[ \t]*<!--[\s\S]*?-->\r?\n?/g, "")
        .split(DEV_URL)
        .join(target),
  };
}

module.exports = async (env, options) => {
  const isProduction = options.mode === "production";
  const isServing = env.WEBPACK_SERVE === true;
  return {
    // Evergreen runtimes only (WebView2, current Safari WebKit, Office on the web): no core-js, no regenerator.
    target: ["web", "es2021"],
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    // Code two on-demand chunks share (the sheet layouts: adding a client and Nuevo año both build sheets)
    // goes to one chunk with a name, so the build report and the bundle tests can say what each file is.
    optimization: {
      splitChunks: { cacheGroups: { default: { chunks: "async", minChunks: 2, name: "shared", priority: -20 } } },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type errors are `npm run typecheck`'s job; the bundle only needs transpiling.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./src/taskpane/support.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.svg", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          manifestCopyPattern(isProduction),
        ],
      }),
    ],
    performance: {
      // scripts/build-report.js enforces the gzip budget of what taskpane.html loads; webpack's own
      // uncompressed hints would only repeat it less precisely.
      hints: false,
    },
    // Certificates are only requested when serving, so `npm run build` works on a machine without them.
    devServer: isServing
      ? { port: 3000, server: { type: "https", options: await devServerHttpsOptions() } }
      : undefined,
  };
};

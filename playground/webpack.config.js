/**
 * Builds the playground's own scripts into out/playground: the page (playground.ts) and the pane frame's
 * scripts (pane-host.ts: excel-sim, before office.js; pane-office.ts: the Office shim, after it). The task pane itself is not built here: the
 * playground serves the production build in dist/ as it is (`npm run build`).
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const ROOT = path.resolve(__dirname, "..");

/** Where the playground build goes (git-ignored). */
const OUT_DIR = path.join(ROOT, "out", "playground");

module.exports = {
  mode: "production",
  context: ROOT,
  target: ["web", "es2021"],
  devtool: "source-map",
  entry: {
    playground: "./src/playground/playground.ts",
    "pane-host": "./src/playground/pane-host.ts",
    "pane-office": "./src/playground/pane-office.ts",
  },
  output: { path: OUT_DIR, filename: "[name].[contenthash:8].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
        },
      },
      // The example plan's CSV, bundled as text so the page fetches nothing.
      { test: /\.csv$/, type: "asset/source" },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ filename: "index.html", template: "./playground/index.html", chunks: ["playground"] }),
    new CopyWebpackPlugin({ patterns: [{ from: "playground/playground.css", to: "playground.css" }] }),
  ],
  performance: { hints: false },
};

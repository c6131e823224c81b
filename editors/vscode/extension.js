// Starts the clq language server for .clq files: `clq lsp`, or the command in the clq.server.command setting.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration("clq").get("server.command", ["clq", "lsp"]);
  client = new LanguageClient("clq", "clq", { command, args }, {
    documentSelector: [{ scheme: "file", language: "clq" }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.clq") },
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };

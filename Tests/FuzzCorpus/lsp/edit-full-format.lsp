Content-Length: 148

{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///fuzz/doc.clq","version":1,"text":"party  A .party B.\n"}}}Content-Length: 359

{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///fuzz/doc.clq","version":2},"contentChanges":[{"text":"party Ada \"Ada Lovelace\". party Bob.\nasset Engine.\nagreement G between Ada and Bob effective 2020 {\n  clause K: right of Ada against Bob to use Engine until 2030.\n}\nwhich rights hold for Ada in 2025?\n"}]}}Content-Length: 160

{"jsonrpc":"2.0","id":6,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///fuzz/doc.clq"},"options":{"tabSize":2,"insertSpaces":true}}}Content-Length: 125

{"jsonrpc":"2.0","id":7,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///fuzz/doc.clq"}}}Content-Length: 106

{"jsonrpc":"2.0","method":"textDocument/didSave","params":{"textDocument":{"uri":"file:///fuzz/doc.clq"}}}Content-Length: 107

{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///fuzz/doc.clq"}}}
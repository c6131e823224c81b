Content-Length: 355

{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///fuzz/doc.clq","languageId":"clq","version":1,"text":"party Ada \"Ada Lovelace\". party Bob.\nasset Engine.\nagreement G between Ada and Bob effective 2020 {\n  clause K: right of Ada against Bob to use Engine until 2030.\n}\nwhich rights hold for Ada in 2025?\n"}}}Content-Length: 148

{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///fuzz/doc.clq"},"position":{"line":5,"character":23}}}Content-Length: 153

{"jsonrpc":"2.0","id":2,"method":"textDocument/definition","params":{"textDocument":{"uri":"file:///fuzz/doc.clq"},"position":{"line":3,"character":22}}}Content-Length: 190

{"jsonrpc":"2.0","id":3,"method":"textDocument/references","params":{"textDocument":{"uri":"file:///fuzz/doc.clq"},"position":{"line":0,"character":7},"context":{"includeDeclaration":true}}}
Content-Length: 336

{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///fuzz/doc.clq","version":1,"text":"party Ada \"Ada Lovelace\". party Bob.\nasset Engine.\nagreement G between Ada and Bob effective 2020 {\n  clause K: right of Ada against Bob to use Engine until 2030.\n}\nwhich rights hold for Ada in 2025?\n"}}}Content-Length: 329

{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///fuzz/doc.clq","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":6},"end":{"line":0,"character":9}},"text":"Zo\u00eb"},{"range":{"start":{"line":9,"character":0},"end":{"line":9,"character":4}},"text":"\n\u00e9\n"}]}}Content-Length: 120

{"jsonrpc":"2.0","id":5,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///fuzz/doc.clq"}}}
Content-Length: 152

{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///fuzz/doc.clq","version":1,"text":"which rights hold for Mi"}}}Content-Length: 153

{"jsonrpc":"2.0","id":4,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///fuzz/doc.clq"},"position":{"line":0,"character":24}}}
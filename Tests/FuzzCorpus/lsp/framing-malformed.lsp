Content-Length: x

{}Content-Type: a

content-length:  2 
Content-Type: application/vscode-jsonrpc; charset=utf-8

{}Content-Length: 5
Content-Length: 5

helloContent-Length: 121

{"jsonrpc":"2.0","id":11,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///fuzz/doc.clq"}}}Content-Length: 9999

{"jsonrpc"
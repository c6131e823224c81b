Content-Length: 146

{"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nowhere.clq"},"position":{"line":0,"character":0}}}Content-Length: 59

{"jsonrpc":"2.0","id":9,"method":"clq/unknown","params":{}}Content-Length: 60

{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/hover"}Content-Length: 62

{"jsonrpc":"2.0","id":1e+30,"method":"initialize","params":{}}Content-Length: 39

{"jsonrpc":"2.0","id":10,"result":null}Content-Length: 7

[1,2,3]Content-Length: 84

{"jsonrpc":"2.0","id":"s","method":"textDocument/hover","params":{"textDocument":7}}Content-Length: 123

{"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"file:///fuzz/doc.clq","type":2}]}}Content-Length: 33

{"jsonrpc":"2.0","method":"exit"}
-- clq for Neovim (0.7 and later): .clq files get the clq filetype, and `clq lsp` is started for them,
-- so diagnostics, completion, hover, go to definition, references, symbols, formatting and
-- semantic highlighting come from the language server.
--
-- Copy this file to ~/.config/nvim/plugin/clq.lua (or `dofile` it from init.lua). To check
-- documents on other knowledge bases, set vim.g.clq_command before it runs, for example
-- vim.g.clq_command = { "clq", "lsp", "--kb", "kb.clq" }.

local command = vim.g.clq_command or { "clq", "lsp" }

vim.cmd([[autocmd BufRead,BufNewFile *.clq setfiletype clq]])

vim.api.nvim_create_autocmd("FileType", {
  pattern = "clq",
  callback = function(event)
    vim.bo[event.buf].commentstring = "# %s"
    local root = vim.fs and vim.fs.dirname(vim.api.nvim_buf_get_name(event.buf)) or vim.fn.getcwd()
    if vim.lsp.start then
      vim.lsp.start({ name = "clq", cmd = command, root_dir = root })
    else
      local id = vim.lsp.start_client({ name = "clq", cmd = command, root_dir = root })
      if id then vim.lsp.buf_attach_client(event.buf, id) end
    end
  end,
})

;;; clq-mode.el --- Major mode for clq knowledge bases and questions  -*- lexical-binding: t; -*-

;; Highlighting for .clq files, and `clq lsp' as their language server through eglot
;; (built into Emacs 29): diagnostics, completion, hover, navigation and formatting.
;; Put this file on `load-path' and add (require 'clq-mode), then M-x eglot in a .clq buffer
;; or (add-hook 'clq-mode-hook #'eglot-ensure).

;;; Code:

(defvar clq-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?_ "w" table)
    (modify-syntax-entry ?- "w" table)
    table)
  "Syntax table for `clq-mode': # comments and double-quoted strings.")

(defconst clq-declaration-keywords
  '("party" "asset" "source" "agreement" "clause" "event" "prospect"))

(defconst clq-modality-keywords
  '("right" "obligation" "permission" "prohibition" "power" "immunity" "liability" "disability"
    "no-right" "rights" "obligations" "permissions" "prohibitions" "powers" "immunities"
    "liabilities" "disabilities" "no-rights" "claims" "claim"))

(defconst clq-question-keywords
  '("which" "hold" "holds" "does" "do" "have" "is" "when" "start" "begin" "end" "force" "what"
    "changed" "changes" "explain" "list" "where" "expect" "may" "started" "starts" "ends" "nothing"
    "error" "via"))

(defvar clq-font-lock-keywords
  `((,(regexp-opt clq-declaration-keywords 'symbols) . font-lock-type-face)
    (,(regexp-opt clq-modality-keywords 'symbols) . font-lock-builtin-face)
    (,(regexp-opt clq-question-keywords 'symbols) . font-lock-keyword-face)
    ("\\_<[0-9]\\{4\\}\\(-[0-9]\\{2\\}\\)\\{0,2\\}\\_>" . font-lock-constant-face)
    ("[$€£¥][0-9][0-9,.]*[KMBT]?" . font-lock-constant-face))
  "Highlighting for `clq-mode'; the language server's semantic tokens refine it.")

;;;###autoload
(define-derived-mode clq-mode prog-mode "clq"
  "Major mode for clq knowledge bases and questions."
  :syntax-table clq-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-end "")
  (setq-local font-lock-defaults '(clq-font-lock-keywords)))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.clq\\'" . clq-mode))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(clq-mode . ("clq" "lsp"))))

(provide 'clq-mode)
;;; clq-mode.el ends here

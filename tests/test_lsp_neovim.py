"""A real editor against ``laml lsp``: headless Neovim opens a document with a mistake and
reports the diagnostic the server publishes. Skipped where Neovim is not installed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the language server needs the lsp extra")
NVIM = shutil.which("nvim")
pytestmark = pytest.mark.skipif(NVIM is None, reason="Neovim (nvim) is not installed")

# Works with Neovim 0.7 (vim.lsp.start_client) and later (vim.lsp.start), vim.diagnostic.get.
SCRIPT = r"""
local out, doc, python = _G.out, _G.doc, _G.python
local function finish(result)
  vim.fn.writefile({vim.fn.json_encode(result)}, out)
  vim.cmd("qa!")
end
vim.cmd("edit " .. vim.fn.fnameescape(doc))
local buf = vim.api.nvim_get_current_buf()
local config = {
  name = "laml",
  cmd = {python, "-m", "laml", "lsp"},
  root_dir = vim.fn.fnamemodify(doc, ":h"),
  init_options = {debounce = 0},
}
local id
if vim.lsp.start then  -- Neovim 0.8 and later
  id = vim.lsp.start(config, {bufnr = buf})
else
  id = vim.lsp.start_client(config)
  if id then vim.lsp.buf_attach_client(buf, id) end
end
if not id then finish({error = "the server did not start"}) return end
local ok = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local found = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(found, {lnum = d.lnum, col = d.col, message = d.message,
                       severity = d.severity, code = (d.user_data and d.user_data.lsp
                       and d.user_data.lsp.code) or d.code, source = d.source})
end
finish({ok = ok, diagnostics = found})
"""


def test_neovim_reports_the_diagnostic(tmp_path: Path) -> None:
    doc = tmp_path / "call.laml"
    doc.write_text('<Response>\n  <Redirect method="post">https://example.com/next</Redirect>\n'
                   "</Response>\n", encoding="utf-8")
    out = tmp_path / "result.json"
    script = tmp_path / "check.lua"
    script.write_text(SCRIPT, encoding="utf-8")
    setup = (f"lua _G.out = {json.dumps(str(out))}; _G.doc = {json.dumps(str(doc))}; "
             f"_G.python = {json.dumps(sys.executable)}")
    assert NVIM is not None
    completed = subprocess.run(
        [NVIM, "--headless", "--clean", "-n", "-i", "NONE", "-c", setup,
         "-c", f"luafile {script}"],
        check=False, cwd=tmp_path, capture_output=True, text=True, timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert out.exists(), f"Neovim wrote no result: {completed.stderr[-2000:]}"
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result.get("ok"), result
    [d] = result["diagnostics"]
    assert d["code"] == "LAML111"
    assert d["source"] == "laml"
    assert d["lnum"] == 1 and d["col"] == 12
    assert "GET or POST" in d["message"]
    assert d["severity"] == 1  # vim.diagnostic.severity.ERROR

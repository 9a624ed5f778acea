"""Fax page sizes are letter, legal and a4."""

from laml.fax import FaxResponse

FaxResponse().receive(page_size="A4")  # error

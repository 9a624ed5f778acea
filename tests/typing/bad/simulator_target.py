"""A simulator runs calls against an app, a folder, a URL or documents, not a port number."""

from laml.simulate import Simulator

Simulator(8080)  # error

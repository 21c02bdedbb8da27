"""The bundled plugins: one module or package per mention layer.

Each is registered by the plugin manager (:mod:`geoevents.manager`) exactly like a third-party
plugin, through the same checks; nothing here is imported until a manager loads it.
"""

"""Text utilities shared by the plugins: sentences, number words, offsets.

Anything two plugins need lives here once, so that "twenty-six" and a sentence boundary mean
the same thing to every extractor.
"""

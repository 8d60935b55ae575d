"""Export stage: a Draft becomes a file.

`docx.to_docx` lays the draft out to GB/T 9704-2012 with the numbers of a layout profile
(`profile.load_profile`, bundled `data/layout/gbt9704.yaml`); `layout` holds the typesetting
rules that need no Word (title line breaks, signature and date placement).
"""

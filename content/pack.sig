[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = HTBDPR6AoMZMTDZpuT2D78AFMKU0/cDK9CTWkvpG8NHmVkfKCO+rUHOqcL7BpmQGBo7EbnsMbzrwfdXgyZT0BA==

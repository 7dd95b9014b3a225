[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = +Yb1NXLfkFI+/YZRm1Uar2nv+89CgdrHrx4iKufrrMGXu0paHhjHgE/c6F/KzzB0bDBe0AMB1YbDgWV/PnLvAw==

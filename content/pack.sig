[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = td+NBAdubuKisW6bOfb8pQ03djaMEu1a+eehRjTOjczbj8it7Si1SvzkeglulL/zdBnagY7ojrpYymOXoYItCQ==

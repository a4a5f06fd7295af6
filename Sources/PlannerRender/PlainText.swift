/// A line of the plan's Markdown as plain text, for `plan.json` and the tasks' CSV: what a
/// reader sees rendered, without the marks that make it so. Only what the templates and
/// `MarkdownText` write is undone: backslash escapes, the entities `&lt;`, `&gt;` and `&amp;`,
/// bold and code marks, `<https://…>` and `[text](url)` links.
enum PlainText {
    static func from(_ markdown: String) -> String {
        var out = ""
        out.reserveCapacity(markdown.utf8.count)
        var characters = Substring(markdown)
        while let character = characters.first {
            characters = characters.dropFirst()
            switch character {
            case "\\":
                if let next = characters.first, next.isASCII, next.isPunctuation || next.isSymbol {
                    out.append(next)
                    characters = characters.dropFirst()
                } else {
                    out.append(character)
                }
            case "*" where characters.first == "*":
                characters = characters.dropFirst()
            case "`":
                continue
            case "&":
                if let entity = ["lt;": "<", "gt;": ">", "amp;": "&"].first(where: { characters.hasPrefix($0.key) }) {
                    out += entity.value
                    characters = characters.dropFirst(entity.key.count)
                } else {
                    out.append(character)
                }
            case "<" where characters.hasPrefix("http://") || characters.hasPrefix("https://"):
                let url = characters.prefix { $0 != ">" && $0 != " " }
                if characters.dropFirst(url.count).first == ">" {
                    out += url
                    characters = characters.dropFirst(url.count + 1)
                } else {
                    out.append(character)
                }
            case "[":
                // `[text](url)` → `text (url)`.
                if let close = characters.firstIndex(of: "]"), characters[close...].dropFirst().first == "(",
                    let end = characters[close...].firstIndex(of: ")")
                {
                    let text = characters[..<close]
                    let url = characters[characters.index(close, offsetBy: 2)..<end]
                    out += from(String(text)) + " (" + url + ")"
                    characters = characters[characters.index(after: end)...]
                } else {
                    out.append(character)
                }
            default:
                out.append(character)
            }
        }
        return out.trimmingSpaces
    }
}

extension String {
    /// The text without spaces at either end.
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}

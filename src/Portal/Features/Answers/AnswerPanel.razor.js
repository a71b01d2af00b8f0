// The answer editor's formatting buttons and shortcuts. They only type the light markup a counselor could type by
// hand (**bold**, *italics*, "- " lists), then tell Blazor the text changed.
export function attach(textarea) {
    textarea.addEventListener("keydown", event => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === "b" || event.key === "i")) {
            event.preventDefault();
            format(textarea, event.key === "b" ? "bold" : "italic");
        }
    });
}

export function format(textarea, kind) {
    const { selectionStart: start, selectionEnd: end, value } = textarea;
    if (kind === "list") {
        const lineStart = value.lastIndexOf("\n", start - 1) + 1;
        const lines = value.slice(lineStart, end).split("\n").map(line => line.startsWith("- ") ? line : "- " + line).join("\n");
        textarea.setRangeText(lines, lineStart, end, "end");
    } else {
        const mark = kind === "bold" ? "**" : "*";
        const words = value.slice(start, end) || (kind === "bold" ? "bold words" : "words in italics");
        textarea.setRangeText(mark + words + mark, start, end);
        textarea.setSelectionRange(start + mark.length, start + mark.length + words.length);
    }

    changed(textarea);
}

export function insert(textarea, text) {
    const { selectionStart: start, selectionEnd: end, value } = textarea;
    const before = start > 0 && value[start - 1] !== "\n" ? "\n\n" : "";
    textarea.setRangeText(before + text, start, end, "end");
    changed(textarea);
}

function changed(textarea) {
    textarea.focus();
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Letters that Unicode decomposition does not split into a base letter and a mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ø: "o", Ø: "O", ł: "l", Ł: "L", đ: "d", Đ: "D", ð: "d", þ: "th", ß: "ss",
  æ: "ae", Æ: "Ae", œ: "oe", Œ: "Oe", ı: "i", ʻ: "'", ʼ: "'", "‘": "'",
};

/** The name without accents and special letters, as English-language news often writes it ("Ürümqi" → "Urumqi"). */
export function foldDiacritics(name: string): string {
  if (/^[\x20-\x7e]*$/.test(name)) return name;
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[øØłŁđĐðþßæÆœŒıʻʼ‘]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/** A name and its folded spelling, when that differs. */
export function spellingsOf(name: string): string[] {
  const folded = foldDiacritics(name);
  return folded === name ? [name] : [name, folded];
}

/** Only Latin letters, digits, spaces and punctuation: a name English text can contain. */
export function isLatinScript(name: string): boolean {
  return /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}+]+$/u.test(name);
}

import { csvCell, csvLine } from '../csv';

describe('CSV cells that a spreadsheet opens safely', () => {
  it.each([
    ['=HYPERLINK("http://exemple.test";"clic")', `"'=HYPERLINK(""http://exemple.test"";""clic"")"`],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SOMME(A1:A9)', "'@SOMME(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises a cell starting like a formula: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves ordinary text, numbers and empty cells as they are', () => {
    expect(csvCell('Accès aux droits')).toBe('Accès aux droits');
    expect(csvCell('le CAF = partenaire')).toBe('le CAF = partenaire');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('quotes cells holding the separator, quotes or line breaks, and ends lines with CRLF', () => {
    expect(csvLine(['a;b', 'dit « "oui" »', 'deux\nlignes'])).toBe('"a;b";"dit « ""oui"" »";"deux\nlignes"\r\n');
  });
});

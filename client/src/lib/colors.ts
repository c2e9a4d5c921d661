/** Relative luminance of an sRGB colour (WCAG 2.1 definition). */
function luminance(hex: string): number {
  const value = hex.replace('#', '');
  const channels = [0, 2, 4].map((start) => parseInt(value.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

export const isHexColor = (value: string): boolean => /^#[0-9a-f]{6}$/i.test(value);

/**
 * Black or white, whichever reads better on the background. One of the two always reaches at
 * least 4.58:1 against any colour, so a badge is always readable.
 */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  if (!isHexColor(background)) return '#000000';
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

// The category pie's colours, shared with its legend on the page so each swatch matches its slice.
// Colour-blind-safe (Okabe–Ito), each at least 3:1 against the white card.
const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#785ef0', '#666666'];

export function categoryColour(index: number): string {
  return COLOURS[index % COLOURS.length] ?? '#666666';
}

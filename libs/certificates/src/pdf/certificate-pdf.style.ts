/** The certificate's page geometry and colours, shared by the parts that draw it. */
export type Doc = PDFKit.PDFDocument;

export const PAGE_MARGIN = 56;
/** A seal red, the colour readers expect of an official certificate's title and frame. */
export const ACCENT = '#9b1c1c';
export const MUTED = '#555555';

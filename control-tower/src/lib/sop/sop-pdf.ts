import { sopFigures, type SopMonth } from './sop-figures.ts';

/**
 * The S&OP plan as a PDF for the meeting's deck: a title, the chart
 * (demand against supply, capacity against load) drawn with PDF path
 * operators, and the month table, continued on further pages when long.
 * Written by hand (PDF 1.4, the standard Helvetica fonts, WinAnsi text) as
 * the whole of what the deck needs is a few dozen operators.
 */

export interface SopPdfInput {
  title: string;
  subtitle: string;
  unit: string;
  months: readonly SopMonth[];
}

const pageWidth = 842; // A4 landscape, in points
const pageHeight = 595;
const margin = 40;
const rowHeight = 13;

/** Text as WinAnsi bytes want it: PDF string escapes, and characters Latin-1 lacks as "?". */
const pdfText = (text: string) =>
  [...text]
    .map((char) => (char.charCodeAt(0) > 255 ? '?' : char))
    .join('')
    .replaceAll('\\', '\\\\')
    .replaceAll('(', '\\(')
    .replaceAll(')', '\\)');

const n = (value: number) => (Math.round(value * 100) / 100).toString();
const plain = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function text(x: number, y: number, size: number, value: string, bold = false): string {
  return `BT /${bold ? 'F2' : 'F1'} ${size} Tf ${n(x)} ${n(y)} Td (${pdfText(value)}) Tj ET`;
}

/** A panel of bars and lines over the months, with its largest value written at the top left. */
function panel(
  box: { left: number; bottom: number; width: number; height: number },
  months: readonly SopMonth[],
  bars: { stack: (month: SopMonth) => number[]; colours: string[] },
  lines: { value: (month: SopMonth) => number; colour: string; dash?: boolean }[],
  caption: string,
): string[] {
  const top = Math.max(1, ...months.flatMap((month) => [bars.stack(month).reduce((sum, value) => sum + value, 0), ...lines.map((line) => line.value(month))]));
  const step = box.width / Math.max(1, months.length);
  const y = (value: number) => box.bottom + (value / top) * box.height;
  const out = [`0.8 G 0.5 w ${n(box.left)} ${n(box.bottom)} m ${n(box.left + box.width)} ${n(box.bottom)} l S`, text(box.left, box.bottom + box.height + 6, 8, `${caption} (max ${plain(top)})`)];
  months.forEach((month, index) => {
    let base = 0;
    bars.stack(month).forEach((value, part) => {
      if (value <= 0) return;
      out.push(`${bars.colours[part]} rg ${n(box.left + index * step + step * 0.15)} ${n(y(base))} ${n(step * 0.7)} ${n(y(base + value) - y(base))} re f`);
      base += value;
    });
    if (index % Math.ceil(months.length / 12) === 0) out.push(`0 g`, text(box.left + index * step, box.bottom - 10, 6, month.month.slice(0, 7)));
  });
  for (const line of lines) {
    const points = months.map((month, index) => `${n(box.left + (index + 0.5) * step)} ${n(y(line.value(month)))}`);
    out.push(`${line.colour} RG 1.5 w ${line.dash ? '[3 2] 0 d' : '[] 0 d'} ${points.map((point, index) => `${point} ${index === 0 ? 'm' : 'l'}`).join(' ')} S [] 0 d`);
  }
  return out;
}

function tableRows(months: readonly SopMonth[], top: number): string[] {
  const columns = [margin, ...sopFigures.map((_, index) => margin + 70 + index * 80)];
  const out = ['0 g', text(columns[0]!, top, 8, 'Month', true), ...sopFigures.map((figure, index) => text(columns[index + 1]!, top, 8, figure.label, true))];
  months.forEach((month, row) => {
    const y = top - (row + 1) * rowHeight;
    out.push(text(columns[0]!, y, 8, month.month.slice(0, 7)), ...sopFigures.map((figure, index) => text(columns[index + 1]!, y, 8, plain(month[figure.key]))));
  });
  return out;
}

/** Bytes of a PDF whose objects are given in order (object 1 first); the cross-reference table points at each. */
function assemble(objects: readonly string[]): Uint8Array<ArrayBuffer> {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is one byte (pdfText kept text to Latin-1), so string offsets are byte offsets.
  return Uint8Array.from(body, (char) => char.charCodeAt(0));
}

export function sopPdf(input: SopPdfInput): Uint8Array<ArrayBuffer> {
  const chartBottom = 345;
  const first = [
    '0 g',
    text(margin, pageHeight - margin - 4, 16, input.title, true),
    text(margin, pageHeight - margin - 22, 9, input.subtitle),
    ...panel(
      { left: margin, bottom: chartBottom, width: 470, height: 140 },
      input.months,
      { stack: (month) => [month.production, month.purchases], colours: ['0.16 0.38 0.62', '0.55 0.72 0.88'] },
      [
        { value: (month) => month.demand, colour: '0.85 0.45 0.05' },
        { value: (month) => month.forecast, colour: '0.4 0.4 0.4', dash: true },
      ],
      `Supply (bars: production, purchases) vs demand (line) and forecast (dashed), ${input.unit}`,
    ),
    ...panel(
      { left: 550, bottom: chartBottom, width: pageWidth - margin - 550, height: 140 },
      input.months,
      { stack: (month) => [month.familyLoadHours, month.loadHours - month.familyLoadHours], colours: ['0.3 0.55 0.3', '0.7 0.85 0.7'] },
      [{ value: (month) => month.capacityHours, colour: '0.75 0.1 0.1' }],
      'Load h (bars: family, others) vs capacity h (line)',
    ),
  ];
  const firstRows = 18;
  const restRows = 36;
  const pages = [input.months.slice(0, firstRows)];
  for (let start = firstRows; start < input.months.length; start += restRows) pages.push(input.months.slice(start, start + restRows));
  const contents = pages.map((rows, index) => (index === 0 ? [...first, ...tableRows(rows, 300)] : tableRows(rows, pageHeight - margin - 10)).join('\n'));

  // Objects: 1 catalog, 2 page tree, 3 and 4 fonts, then a page and its content per page.
  const pageIds = contents.map((_, index) => 5 + index * 2);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    ...contents.flatMap((content, index) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageWidth} ${pageHeight}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[index]! + 1} 0 R >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ]),
  ];
  return assemble(objects);
}

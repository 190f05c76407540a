import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Table from 'cli-table3';

/** One row of the summary: what was measured, its value, and the target it is held to. */
export interface ReportRow {
  metric: string;
  value: string;
  target?: string;
  /** Whether the target is met; undefined when there is no target. */
  met?: boolean;
}

/** One point of the latency chart. */
export interface LatencyPoint {
  passages: number;
  warmP50Ms: number;
  warmP95Ms: number;
  firstPassP50Ms: number;
}

/** The summary table, as printed. */
export function formatTable(rows: readonly ReportRow[]): string {
  const table = new Table({
    head: ['metric', 'value', 'target', ''],
    style: { head: [], border: [] },
    // No rule between rows: the table stays as tall as its rows.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows)
    table.push([
      row.metric,
      row.value,
      row.target ?? '',
      row.met === undefined ? '' : row.met ? 'ok' : 'MISSED',
    ]);
  return table.toString();
}

const WIDTH = 640;
const HEIGHT = 360;
const MARGIN = { left: 60, right: 150, top: 30, bottom: 50 };

/**
 * A small log–linear SVG chart of answer latency against corpus size; written by hand, since
 * three polylines do not need a plotting library.
 */
export function latencyChart(points: readonly LatencyPoint[]): string {
  const sorted = [...points].sort((a, b) => a.passages - b.passages);
  const series = [
    { name: 'warm p50', color: '#1f77b4', value: (point: LatencyPoint) => point.warmP50Ms },
    { name: 'warm p95', color: '#ff7f0e', value: (point: LatencyPoint) => point.warmP95Ms },
    { name: 'first-time p50', color: '#2ca02c', value: (point: LatencyPoint) => point.firstPassP50Ms },
  ];
  const maxY =
    Math.max(
      1,
      ...sorted.flatMap((point) => series.map((line) => line.value(point)).filter(Number.isFinite)),
    ) * 1.15;
  const logs = sorted.map((point) => Math.log10(Math.max(1, point.passages)));
  const [minX, maxX] = [Math.min(...logs), Math.max(...logs, Math.min(...logs) + 1)];
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (passages: number): number =>
    MARGIN.left + ((Math.log10(Math.max(1, passages)) - minX) / (maxX - minX)) * plotWidth;
  const y = (ms: number): number => MARGIN.top + plotHeight - (ms / maxY) * plotHeight;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<text x="${MARGIN.left}" y="18" font-size="14">ask latency against corpus size (ms)</text>`,
    `<line x1="${MARGIN.left}" y1="${y(0)}" x2="${MARGIN.left + plotWidth}" y2="${y(0)}" stroke="#333"/>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${y(0)}" stroke="#333"/>`,
  ];
  for (let tick = 0; tick <= 4; tick += 1) {
    const value = (maxY * tick) / 4;
    parts.push(
      `<text x="${MARGIN.left - 8}" y="${y(value) + 4}" text-anchor="end">${value.toFixed(1)}</text>`,
    );
  }
  for (const point of sorted) {
    parts.push(
      `<text x="${x(point.passages)}" y="${y(0) + 18}" text-anchor="middle">${point.passages.toLocaleString('en-US')}</text>`,
    );
  }
  parts.push(
    `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 10}" text-anchor="middle">passages (log scale)</text>`,
  );
  series.forEach((line, index) => {
    const coordinates = sorted
      .map((point) => `${x(point.passages).toFixed(1)},${y(line.value(point)).toFixed(1)}`)
      .join(' ');
    parts.push(`<polyline fill="none" stroke="${line.color}" stroke-width="2" points="${coordinates}"/>`);
    for (const point of sorted)
      parts.push(
        `<circle cx="${x(point.passages).toFixed(1)}" cy="${y(line.value(point)).toFixed(1)}" r="3" fill="${line.color}"/>`,
      );
    const legendY = MARGIN.top + 10 + index * 18;
    parts.push(
      `<line x1="${WIDTH - MARGIN.right + 15}" y1="${legendY}" x2="${WIDTH - MARGIN.right + 35}" y2="${legendY}" stroke="${line.color}" stroke-width="2"/>`,
    );
    parts.push(`<text x="${WIDTH - MARGIN.right + 40}" y="${legendY + 4}">${line.name}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** Writes the JSON report and the chart; returns their paths. */
export async function writeReport(
  directory: string,
  results: object,
  points: readonly LatencyPoint[],
): Promise<{ json: string; svg: string }> {
  await mkdir(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const json = path.join(directory, `bench-${stamp}.json`);
  const svg = path.join(directory, `bench-${stamp}.svg`);
  await writeFile(json, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(svg, latencyChart(points));
  await writeFile(path.join(directory, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(directory, 'latest.svg'), latencyChart(points));
  return { json, svg };
}

import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface Series {
  label: string;
  /** null: a withheld (suppressed) cell, drawn as a gap. */
  values: (number | null)[];
}

const colours = ['#1f5fa8', '#e07b24', '#3d9a5b', '#a33b5e', '#6b5ca5', '#8c8c8c'];

/** A long category name on lines of about `width` characters, so a narrow screen shows it whole beside its bar. */
function wrapped(name: string, width = 18): string[] {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A bar chart of one or more series over categories (years, Safe Homes, levels); `horizontal` for many or long category names (one bar a line, readable on a phone). */
export function BarChart({ categories, series, stacked = false, horizontal = false, label, locale }: { categories: string[]; series: Series[]; stacked?: boolean; horizontal?: boolean; label: string; locale: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart<'bar', (number | null)[], string | string[]>(canvas.current!, {
      type: 'bar',
      data: {
        labels: horizontal ? categories.map((name) => wrapped(name)) : categories,
        datasets: series.map((one, index) => ({ label: one.label, data: one.values, backgroundColor: colours[index % colours.length] })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        locale,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: series.length > 1 } },
        scales: { x: { stacked, beginAtZero: true }, y: { stacked, beginAtZero: true } },
      },
    });
    return () => chart.destroy();
  }, [categories, series, stacked, horizontal, locale]);
  return (
    <div className="chart" style={horizontal ? { height: `${categories.length * (stacked ? 1.6 : 1 + series.length * 0.6) + 4}rem` } : undefined}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

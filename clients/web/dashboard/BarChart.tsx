import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface Series {
  label: string;
  /** null: a withheld (suppressed) cell, drawn as a gap. */
  values: (number | null)[];
}

const colours = ['#1f5fa8', '#e07b24', '#3d9a5b', '#a33b5e', '#6b5ca5', '#8c8c8c'];

/** A bar chart of one or more series over categories (years, Safe Homes, levels); `horizontal` for many or long category names (one bar a line, readable on a phone). */
export function BarChart({ categories, series, stacked = false, horizontal = false, label, locale }: { categories: string[]; series: Series[]; stacked?: boolean; horizontal?: boolean; label: string; locale: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      type: 'bar',
      data: {
        labels: categories,
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

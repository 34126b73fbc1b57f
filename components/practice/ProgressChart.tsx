/** Scores over time (chart.js): every attempt, and the running average of the last five. */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { AttemptSummary } from '../../lib/practice/progress';
import { progressSeries } from '../../lib/practice/progress';
import { t } from '../../lib/i18n';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend);

export function ProgressChart({ attempts, titles }: { attempts: readonly AttemptSummary[]; titles: ReadonlyMap<string, string> }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const series = progressSeries(attempts);

  useEffect(() => {
    if (!canvas.current || series.length === 0) return undefined;
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: series.map((_, i) => t('chart_attempt_number', i + 1)),
        datasets: [
          { label: t('chart_score'), data: series.map((p) => p.score), borderColor: '#1a5fb4', backgroundColor: '#1a5fb4', pointRadius: 3, tension: 0 },
          { label: t('chart_average_5'), data: series.map((p) => p.average), borderColor: '#26a269', backgroundColor: '#26a269', borderDash: [6, 4], pointRadius: 0, tension: 0.2 },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100, title: { display: true, text: t('chart_score') } }, x: { title: { display: true, text: t('chart_attempt') } } },
        plugins: {
          tooltip: {
            callbacks: {
              afterLabel: (ctx) => {
                const p = series[ctx.dataIndex];
                return p ? t('chart_point', titles.get(p.scenarioId) ?? p.scenarioId, new Date(p.at).toLocaleString()) : '';
              },
            },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [series.map((p) => `${p.at}:${p.score}`).join(','), titles]);

  if (series.length === 0) return <p class="muted">{t('chart_practice_empty')}</p>;
  return (
    <figure class="chart" data-practice="chart">
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={t('chart_practice_label', series.length, series.at(-1)?.score ?? 0)} />
      </div>
      <figcaption class="muted">{t('chart_practice_caption')}</figcaption>
    </figure>
  );
}

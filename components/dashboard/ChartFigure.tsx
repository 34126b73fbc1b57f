/** One chart with its accessible alternative: a labelled canvas, a summary sentence and a data table. */
import { Chart, registerables } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { ChartSpec } from './charts';
import { t } from '../../lib/i18n';

Chart.register(...registerables);

export function ChartFigure({ spec }: { spec: ChartSpec }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, spec.config);
    return () => chart.destroy();
  }, [spec]);
  const captionId = `chart-${spec.id}-summary`;
  return (
    <figure class="chart" data-chart={spec.id} data-total={spec.total} aria-labelledby={`chart-${spec.id}-title`}>
      <h3 id={`chart-${spec.id}-title`}>{spec.title}</h3>
      <p id={captionId} class="summary">
        {spec.summary}
      </p>
      <div class="canvas-box">
        <canvas ref={canvas} role="img" aria-label={t('dash_chart_label', spec.title, spec.summary)} aria-describedby={captionId} />
      </div>
      <details>
        <summary>{t('dash_chart_table')}</summary>
        {spec.table.rows.length ? (
          <table>
            <caption class="visually-hidden">{spec.title}</caption>
            <thead>
              <tr>
                {spec.table.columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {spec.table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (j === 0 ? <th scope="row" key={j}>{cell}</th> : <td key={j}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('dash_chart_no_numbers')}</p>
        )}
      </details>
    </figure>
  );
}

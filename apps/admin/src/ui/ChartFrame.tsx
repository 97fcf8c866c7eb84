import type { ReactNode } from 'react';

/**
 * A chart with its caption and the same data as a table: the drawing is hidden from
 * assistive technology and out of the tab order, the table carries the numbers.
 */
export function ChartFrame({
  caption,
  headers,
  rows,
  children,
}: {
  caption: string;
  headers: string[];
  rows: string[][];
  children: ReactNode;
}) {
  return (
    <figure className="chart">
      <figcaption>{caption}</figcaption>
      <div aria-hidden="true" className="chart-canvas">
        {children}
      </div>
      <details className="chart-data">
        <summary>Show the numbers</summary>
        <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                {headers.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.join('|')}>
                  {row.map((cell, index) => (
                    <td key={`${index}-${cell}`}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

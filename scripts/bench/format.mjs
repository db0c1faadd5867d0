// Number formats shared by the budgets and the report.
export const fmtInt = (n) => (n == null ? 'n/a' : Math.round(n).toLocaleString('en-US'));
export const fmtMs = (n) => (n == null ? 'n/a' : `${n.toFixed(Math.abs(n) < 10 ? 2 : 1)} ms`);
export const fmtKB = (n) => (n == null ? 'n/a' : `${(n / 1024).toFixed(1)} KiB`);

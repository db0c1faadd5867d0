// The JSON body a bench page POSTs: `use(value)` gets it parsed, or the request is answered 400.
export function withJsonBody(req, res, use) {
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    let value;
    try {
      value = JSON.parse(body);
    } catch {
      return void res.writeHead(400).end();
    }
    use(value);
  });
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A small, self-contained HTML page. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#f6f9fc;color:#1a1f36;margin:0;padding:2rem}
main{max-width:28rem;margin:0 auto;background:#fff;border-radius:8px;padding:2rem;box-shadow:0 2px 8px rgba(0,0,0,.08)}
h1{font-size:1.25rem}label{display:block;margin:.75rem 0 .25rem;font-weight:600}
select,input{width:100%;padding:.5rem;box-sizing:border-box}
.actions{display:flex;gap:.75rem;margin-top:1.5rem}
button{flex:1;padding:.75rem;border-radius:6px;border:1px solid #635bff;font-size:1rem;cursor:pointer}
button[value=approve]{background:#635bff;color:#fff}button[value=deny]{background:#fff;color:#635bff}
.note{color:#697386;font-size:.875rem}
</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

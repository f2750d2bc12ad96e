// Drives yaml-language-server, the server behind the YAML support of VS Code,
// Neovim, Helix and Zed, over stdio as an editor would: opens
// a dataset file whose first line names the schema, and prints what the server
// answers. scripts/editor-check.sh sets it up; see there.
//
// Usage: node editor-check.mjs SERVER FILE
// Exits 1 unless the server flags the misspelt key and offers the built-in
// theme ids where an item names its theme.

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [server, file] = process.argv.slice(2);
const uri = pathToFileURL(path.resolve(file)).href;
const text = readFileSync(file, "utf8");
const lines = text.split("\n");

const child = spawn(server, ["--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
let buffer = Buffer.alloc(0);
let nextId = 1;
const waiting = new Map();
const notified = [];
let onNotify = () => {};

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
}

function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve) => waiting.set(id, resolve));
}

const settings = {
  yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } },
};

child.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString("utf8"));
    buffer = buffer.subarray(end + 4 + length);
    if (message.id !== undefined && message.method) {
      // The server asks for the editor's settings, once per section.
      const result = message.method === "workspace/configuration"
        ? message.params.items.map((item) => (item.section === "yaml" ? settings.yaml : item.section ? null : settings))
        : null;
      send({ id: message.id, result });
    } else if (message.id !== undefined) {
      waiting.get(message.id)?.(message.result);
    } else {
      notified.push(message);
      onNotify(message);
    }
  }
});

function diagnostics() {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no diagnostics within 30 s")), 30000);
    const look = (message) => {
      if (message.method === "textDocument/publishDiagnostics" && message.params.uri === uri
          && message.params.diagnostics.length > 0) {
        clearTimeout(timer);
        resolve(message.params.diagnostics);
      }
    };
    notified.forEach(look);
    onNotify = look;
  });
}

const root = pathToFileURL(path.dirname(path.resolve(file))).href;
await request("initialize", {
  processId: process.pid,
  rootUri: root,
  workspaceFolders: [{ uri: root, name: "roles" }],
  capabilities: {
    workspace: { configuration: true },
    textDocument: {
      publishDiagnostics: {},
      completion: { completionItem: { documentationFormat: ["plaintext"] } },
      hover: { contentFormat: ["plaintext"] },
    },
  },
});
send({ method: "initialized", params: {} });
send({ method: "workspace/didChangeConfiguration", params: { settings } });
send({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "yaml", version: 1, text } } });

let failed = false;
const found = await diagnostics();
console.log(`diagnostics for ${path.basename(file)}:`);
for (const d of found) {
  console.log(`  ${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message.replace(/\s+/g, " ")}`);
}
const misspelt = found.some((d) => /not allowed/i.test(d.message));
if (!misspelt) {
  console.log("FAILED: no diagnostic for the misspelt key");
  failed = true;
}

// Where the first item names its theme, as if the user had just typed `theme: `.
const line = lines.findIndex((l) => /^\s+- theme: /.test(l));
const character = lines[line].indexOf("theme: ") + "theme: ".length;
const completion = await request("textDocument/completion", {
  textDocument: { uri },
  position: { line, character },
});
const items = (Array.isArray(completion) ? completion : completion?.items ?? []).map((item) => item.label);
console.log(`completions at ${line + 1}:${character + 1} (theme): ${items.join(", ")}`);
if (!items.includes("strategy") || !items.includes("security")) {
  console.log("FAILED: the built-in theme ids are not offered");
  failed = true;
}

// Hovering a key shows its description, from the model's doc comments.
const summary = lines.findIndex((l) => /^\s+summary:/.test(l));
const hover = await request("textDocument/hover", {
  textDocument: { uri },
  position: { line: summary, character: lines[summary].indexOf("summary") + 1 },
});
const shown = hover?.contents?.value ?? JSON.stringify(hover?.contents ?? null);
// The server names the schema's file last, a path of the scratch directory.
const described = shown.replace(/\s+/g, " ").replace(/ ?Source: .*$/, "");
console.log(`hover at ${summary + 1} (summary): ${described}`);

await request("shutdown", null);
send({ method: "exit", params: null });
process.exit(failed ? 1 : 0);

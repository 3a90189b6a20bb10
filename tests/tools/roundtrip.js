// Parses Dockerfiles with dockerfile-ast and checks that each yields exactly
// the stages, instructions, flags and arguments its definition holds, as
// ctdf::to_json describes them. usage: node roundtrip.js NAME.Dockerfile...
// (NAME.json beside each). Every mismatch is printed; exit 1 if any.
// node roundtrip.js --batch FILE [DIR] checks the lines batch.cpp writes;
// node roundtrip.js --confirm DIR/expect.json INSPECT.json checks a build of them.
const fs = require("fs");
const { DockerfileParser } = require("dockerfile-ast");

// BuildKit lexes the words of COPY, ADD, WORKDIR, USER and VOLUME as it lexes an
// ENV value: the parser reads the word as one.
function word(text, escape) {
  const directive = escape === "`" ? "# escape=`\n" : "";
  const ins = DockerfileParser.parse(directive + "FROM scratch\nENV X=" + text + "\n").getInstructions();
  const props = ins.length === 2 ? ins[1].getProperties() : [];
  return props.length === 1 ? props[0].getValue() : { unreadable: text };
}

function json(text) {
  try {
    const v = JSON.parse(text);
    return Array.isArray(v) && v.every((s) => typeof s === "string") ? v : { notStrings: text };
  } catch (e) {
    return { notJson: text };
  }
}

// Here-documents as the parser read them: the name, whether the delimiter is
// unquoted (BuildKit expands COPY's body then), and the body, whose lines each
// end in a newline as BuildKit reads them (the parser's range leaves out the
// last newline).
function heredocs(ins) {
  return ins.getHeredocs().map((h) => {
    const range = h.getContentRange();
    const start = ins.getArguments().find((a) => a.getValue().startsWith("<<")).getValue();
    return { name: h.getName(), expand: !/['"]/.test(start),
             content: range === null ? "" : ins.document.getText(range) + "\n" };
  });
}

// What the parser read, in the shape of the description of ins.
function read(ins, want, escape = null) {
  const lex = (text) => word(text, escape);
  const got = { keyword: ins.getKeyword(), flags: (ins.getFlags ? ins.getFlags() : []).map((f) => [f.getName(), f.getValue()]) };
  let content = ins.getArgumentsContent() || "";
  // With heredocs, the arguments are those of the instruction's first line.
  const here = "heredocs" in want;
  if (here) content = content.slice(0, content.indexOf("\n") === -1 ? content.length : content.indexOf("\n"));
  if ("trigger" in want) {
    const trigger = ins.getTriggerInstruction();
    got.trigger = trigger ? read(trigger, want.trigger, escape) : null;
  } else if ("properties" in want) {
    got.properties = ins.getProperties().map((p) => [p.getName(), p.getValue()]);
  } else if ("shell" in want) {
    got.shell = got.keyword === "HEALTHCHECK" ? content.replace(/^CMD\s+/, "") : content;
  } else if ("json" in want) {
    const body = got.keyword === "HEALTHCHECK" ? content.replace(/^CMD\s+/, "") : content;
    got.json = json(body);
    if (got.keyword === "VOLUME" && Array.isArray(got.json)) got.json = got.json.map(lex);
  } else if ("arguments" in want) {
    const args = ins.getArguments().map((a) => a.getValue());
    const copies = ["COPY", "ADD"].includes(got.keyword);
    if (copies && content.startsWith("[")) {
      const strings = json(content);
      got.arguments = Array.isArray(strings) ? strings.map(lex) : strings;
    } else if (["WORKDIR", "USER"].includes(got.keyword)) {
      got.arguments = [lex(content)];  // one word: the rest of the line
    } else if (copies && here) {
      const line = ins.getRange().start.line;
      got.arguments = ins.getArguments().filter((a) => a.getRange().start.line === line && !a.getValue().startsWith("<<"))
                          .map((a) => lex(a.getValue()));
    } else if (copies) {
      got.arguments = args.map(lex);
    } else {
      got.arguments = args;
    }
  }
  if (here) got.heredocs = heredocs(ins);
  return got;
}

// Compares the parse of text with want, a description; returns the problems
// and what was read of each instruction.
function compare(text, want) {
  const problems = [];
  const df = DockerfileParser.parse(text);
  const directives = df.getDirectives().map((d) => [d.getName(), d.getValue()]);
  const defined = [];
  if (want.syntax !== null) defined.push(["syntax", want.syntax]);
  if ((want.escape ?? null) !== null) defined.push(["escape", want.escape]);
  if ((want.check ?? null) !== null) defined.push(["check", want.check]);
  if (JSON.stringify(directives) !== JSON.stringify(defined))
    problems.push(`directives: read ${JSON.stringify(directives)}, defined ${JSON.stringify(defined)}`);

  // Instructions in order, each FROM starting a stage.
  const wanted = [];
  for (const a of want.args || []) wanted.push({ keyword: "ARG", flags: [], properties: [a] });
  for (const s of want.stages) {
    wanted.push({ keyword: "FROM", flags: s.platform === null ? [] : [["platform", s.platform]],
                  arguments: [s.from, "AS", s.name] });
    wanted.push(...s.instructions);
  }
  const parsed = df.getInstructions();
  if (parsed.length !== wanted.length)
    problems.push(`read ${parsed.length} instructions, defined ${wanted.length}`);
  const reads = [];
  for (let i = 0; i < Math.min(parsed.length, wanted.length); ++i) {
    const got = read(parsed[i], wanted[i], want.escape ?? null);
    reads.push(got);
    if (JSON.stringify(got) !== JSON.stringify(wanted[i]))
      problems.push(`line ${parsed[i].getRange().start.line + 1}:\n  read    ${JSON.stringify(got)}\n  defined ${JSON.stringify(wanted[i])}`);
  }
  return { problems, reads };
}

// Where each quoting path of the batch puts its value: the instruction after
// FROM, and the part of it that must read back as the value given.
const where = {
  env: (r) => r.properties && r.properties[0][1],
  arg: (r) => r.properties && r.properties[0][1],
  label: (r) => r.properties && r.properties[0][1],
  path: (r) => r.properties && r.properties[0][1],
  cmd: (r) => Array.isArray(r.json) && r.json[0],
  entrypoint: (r) => Array.isArray(r.json) && r.json[0],
  shell: (r) => Array.isArray(r.json) && r.json[0],
  healthcheck: (r) => Array.isArray(r.json) && r.json[0],
  workdir: (r) => r.arguments && r.arguments[0],
  copy_source: (r) => r.arguments && r.arguments[0],
  copy_destination: (r) => r.arguments && r.arguments[1],
  volume: (r) => Array.isArray(r.json) && r.json[0],
  user: (r) => r.arguments && r.arguments[0],
};

// The values dockerfile-ast cannot read back in any form BuildKit accepts:
// a $ (which it reads wrongly after a backslash in double quotes) together
// with a ' or a final backslash (which rule out single quotes) and a blank
// or backslash at either end (which rules out escaping each character).
// And a JSON-form COPY word with " --" in it, which it takes for a flag.
// A builder must confirm each (--confirm).
const blank = /^[ \t\v\f\r]$/;
function beyondParser(path, value, escape = "\\") {
  if (path === "copy_source" && /(^|\s)--/.test(value)) return true;
  const v = { workdir: 3, volume: 3, copy_destination: 3, path: 3 }[path] ? value.slice(3) : value;
  return v.includes("$") && (v.includes("'") || v.endsWith(escape)) &&
         (blank.test(v[0]) || blank.test(v[v.length - 1]) || v.endsWith(escape));
}

// Checks every line of a batch file. With a directory, also writes there
// what a builder must confirm: a Dockerfile of the ENV, ARG and LABEL lines
// (their keys are numbered) of every value beyond dockerfile-ast and of the
// first `sample` values, and expect.json.
function batch(file, dir, sample = 500) {
  const cases = fs.readFileSync(file, "utf8").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
  const values = new Set(), refused = new Map(), beyond = new Set();
  let checked = 0, failed = 0;
  const base = (c) => (["workdir", "volume", "copy_destination", "path"].includes(c.path) ? c.expect.slice(3) : c.expect)
                        .replace(/:\$PATH$/, "");
  for (const c of cases) {
    if (c.path === "env") values.add(c.expect);
    if ("refused" in c) {
      const key = `${c.path}: ${c.refused.replace(/^ctdf: /, "").replace(/:.*$/s, "")}`;
      refused.set(key, (refused.get(key) || 0) + 1);
      continue;
    }
    const { problems, reads } = compare(c.dockerfile, c.definition);
    const got = reads.length >= 2 ? where[c.path](reads[1]) : undefined;
    if (got !== c.expect) problems.push(`read ${JSON.stringify(got)}, given ${JSON.stringify(c.expect)}`);
    c.reads = reads;
    ++checked;
    if (problems.length === 0) continue;
    if (beyondParser(c.path, c.expect, c.escape || "\\")) {
      beyond.add(base(c));
      continue;
    }
    if (++failed <= 20) console.log(`FAILED ${c.path} ${JSON.stringify(c.expect)}:\n${c.dockerfile}${problems.join("\n")}`);
  }
  for (const [key, n] of refused) console.log(`refused by ctdf, ${n}x: ${key}`);
  console.log(`${failed === 0 ? "ok" : "FAILED"}: ${values.size} values, ${checked} renderings read back by ` +
              `dockerfile-ast, ${cases.length - checked} refused, ${failed} mismatches, ${beyond.size} values ` +
              `beyond dockerfile-ast`);
  // One file for each escape character: batch.Dockerfile, batch-backtick.Dockerfile.
  for (const [escape, name] of dir ? [[undefined, "batch"], ["`", "batch-backtick"]] : []) {
    const sampled = new Set([...values].slice(0, sample));
    const build = escape ? ["# escape=`", "FROM scratch"] : ["FROM scratch"];
    const expect = { env: {}, labels: {}, unread: [...beyond] };
    for (const c of cases) {
      if (!["env", "arg", "label"].includes(c.path) || !c.reads || c.escape !== escape) continue;
      if (!beyond.has(c.expect) && !sampled.has(c.expect)) continue;
      build.push(...c.dockerfile.split("\n").slice(escape ? 3 : 2).filter((s) => s !== ""));
      const key = c.reads[1].properties[0][0];
      if (c.path === "label") expect.labels[key] = c.expect;
      else expect.env[key] = c.expect;
    }
    fs.writeFileSync(`${dir}/${name}.Dockerfile`, build.join("\n") + "\n");
    fs.writeFileSync(`${dir}/${name}.expect.json`, JSON.stringify(expect));
  }
  return failed === 0 && checked > 0;
}

// Compares a builder's image config (buildah inspect) with expect.json: every
// ENV (and ARG forwarded to ENV) and LABEL value of the batch, exactly; and
// every value beyond dockerfile-ast must be among them.
function confirm(expectFile, inspectFile) {
  const expect = JSON.parse(fs.readFileSync(expectFile, "utf8"));
  const config = JSON.parse(fs.readFileSync(inspectFile, "utf8")).OCIv1.config;
  const env = {};
  for (const e of config.Env || []) env[e.slice(0, e.indexOf("="))] = e.slice(e.indexOf("=") + 1);
  const labels = config.Labels || {};
  let failed = 0, count = 0;
  const confirmed = new Set();
  const check = (kind, key, want, got) => {
    ++count;
    if (got === want) return confirmed.add(want);
    if (++failed <= 20) console.log(`FAILED ${kind} ${key}: built ${JSON.stringify(got)}, given ${JSON.stringify(want)}`);
  };
  for (const [k, v] of Object.entries(expect.env)) check("Env", k, v, env[k]);
  for (const [k, v] of Object.entries(expect.labels)) check("Labels", k, v, labels[k]);
  const unconfirmed = expect.unread.filter((v) => !confirmed.has(v));
  for (const v of unconfirmed.slice(0, 20)) console.log(`FAILED: not confirmed by the builder: ${JSON.stringify(v)}`);
  console.log(`${failed + unconfirmed.length === 0 ? "ok" : "FAILED"}: ${count} values built, ${failed} differ; ` +
              `${expect.unread.length - unconfirmed.length} of ${expect.unread.length} beyond dockerfile-ast confirmed`);
  return failed === 0 && unconfirmed.length === 0 && count > 0;
}

function compareFile(dockerfile) {
  const want = JSON.parse(fs.readFileSync(dockerfile.replace(/\.Dockerfile$/, ".json"), "utf8"));
  const { problems, reads } = compare(fs.readFileSync(dockerfile, "utf8"), want);
  return { problems, count: reads.length };
}

if (process.argv[2] === "--batch") process.exit(batch(process.argv[3], process.argv[4]) ? 0 : 1);
if (process.argv[2] === "--confirm") process.exit(confirm(process.argv[3], process.argv[4]) ? 0 : 1);

let failed = 0;
for (const file of process.argv.slice(2)) {
  const { problems, count } = compareFile(file);
  for (const p of problems) console.log(`${file}: ${p}`);
  failed += problems.length > 0 ? 1 : 0;
  console.log(`${problems.length === 0 ? "ok" : "FAILED"}: ${file} (${count} instructions)`);
}
process.exit(failed === 0 ? 0 : 1);

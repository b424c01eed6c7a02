// Strengths in Practice: the strengths-based language and personal-data checker (browser twin of
// strengths/check/engine.py). The rules arrive as data from Python (Exercise.support.language,
// built by strengths.check.compiled_rules() from content/language/rules.yaml), so both checkers
// share one set of rules and one set of test vectors (tests/data/language/vectors.yaml).
// Prepended to every widget module with _shared.js. No imports, no network, no innerHTML.
//
// checkText(text, rules) -> [{kind, rule, category, label, text, start, end, suggestion, why}]
// Offsets are UTF-16 indices (the same as Python's outside emoji and other astral characters).

const SIP_TOKEN = /[A-Za-z0-9\u00C0-\u024F]+/g;
const SIP_GAP = /^[ \t\r\n\-\u2010\u2011'\u2019]{1,4}$/;
const sipPrepared = new WeakMap();

function sipPrepareRules(rules) {
  let prepared = sipPrepared.get(rules);
  if (prepared) return prepared;
  const index = new Map();
  const patterns = [];
  const sets = [];
  (rules.rules || []).forEach((rule, order) => {
    for (const words of rule.phrases || []) {
      if (!index.has(words[0])) index.set(words[0], []);
      index.get(words[0]).push({ words, order });
    }
    if (rule.pattern) patterns.push({ order, re: new RegExp(`\\b(?:${rule.pattern})\\b`, "gi") });
    sets.push({ after: new Set(rule.not_followed_by || []), before: new Set(rule.not_preceded_by || []) });
  });
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length); // stable
  const personal = (rules.personal_data || []).map((rule) => ({
    rule,
    re: new RegExp(rule.pattern, (rule.case_sensitive ? "" : "i") + "gd"),
  }));
  prepared = { index, patterns, sets, personal };
  sipPrepared.set(rules, prepared);
  return prepared;
}

/** NHS number check digit (modulus 11), as python-stdnum's stdnum.gb.nhs. */
function sipNhsValid(candidate) {
  const digits = candidate.replace(/\D/g, "");
  if (digits.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) sum += (10 - i) * Number(digits[i]);
  return sum % 11 === 0;
}

/** A UK-written phone number: 0…, (0…) or +44…, with 9 or 10 digits after the 0 or 44. */
function sipUkPhone(raw) {
  const digits = raw.replace(/\D/g, "");
  let national;
  if (raw.startsWith("+44")) {
    national = digits.slice(2);
    if (raw.replace(/ /g, "").slice(3, 6) === "(0)") national = national.slice(1);
  } else if (raw.startsWith("0") || raw.startsWith("(0")) {
    national = digits.slice(1);
  } else {
    return false;
  }
  return (national.length === 9 || national.length === 10) && "1235789".includes(national[0]);
}

function sipLanguageCandidates(text, prepared, offset) {
  const tokens = [];
  SIP_TOKEN.lastIndex = 0;
  for (let m; (m = SIP_TOKEN.exec(text)); ) tokens.push([m.index, m.index + m[0].length, m[0].toLowerCase()]);
  const gapOk = (a, b) => SIP_GAP.test(text.slice(tokens[a][1], tokens[b][0]));
  const found = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    let step = 1;
    const candidates = prepared.index.get(tokens[i][2]);
    if (candidates) {
      for (const { words, order } of candidates) {
        const size = words.length;
        if (i + size > n) continue;
        let ok = true;
        for (let k = 1; k < size && ok; k += 1) ok = tokens[i + k][2] === words[k] && gapOk(i + k - 1, i + k);
        if (!ok) continue;
        const { after, before } = prepared.sets[order];
        const last = i + size - 1;
        if (after.size && last + 1 < n && after.has(tokens[last + 1][2]) && gapOk(last, last + 1)) continue;
        if (before.size && i > 0 && before.has(tokens[i - 1][2]) && gapOk(i - 1, i)) continue;
        found.push([tokens[i][0], tokens[last][1], offset + order]);
        step = size;
        break;
      }
    }
    i += step;
  }
  for (const { order, re } of prepared.patterns) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(text)); ) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      found.push([m.index, m.index + m[0].length, offset + order]);
    }
  }
  return found;
}

function sipPersonalCandidates(text, prepared) {
  const found = [];
  prepared.personal.forEach(({ rule, re }, order) => {
    const group = rule.group || 0;
    re.lastIndex = 0;
    for (let m; (m = re.exec(text)); ) {
      if (m[0].length === 0) re.lastIndex += 1;
      const span = m.indices[group];
      if (!span || span[1] <= span[0]) continue;
      const value = m[group];
      if (rule.validate === "nhs-modulus-11" && !sipNhsValid(value)) continue;
      if (rule.validate === "uk-phone" && !sipUkPhone(value)) continue;
      found.push([span[0], span[1], order]);
    }
  });
  return found;
}

/** Every finding in `text`, in text order, overlaps removed (the same steps as engine.check). */
function checkText(text, rules) {
  text = String(text ?? "");
  if (!rules || !text) return [];
  const prepared = sipPrepareRules(rules);
  const personal = rules.personal_data || [];
  const all = [...sipPersonalCandidates(text, prepared), ...sipLanguageCandidates(text, prepared, personal.length)];
  all.sort((a, b) => a[0] - b[0] || b[1] - b[0] - (a[1] - a[0]) || a[2] - b[2]);
  const findings = [];
  let lastEnd = -1;
  for (const [start, end, order] of all) {
    if (start < lastEnd) continue;
    const isPersonal = order < personal.length;
    const rule = isPersonal ? personal[order] : rules.rules[order - personal.length];
    findings.push({
      kind: isPersonal ? "personal-data" : "language",
      rule: rule.id,
      category: rule.category,
      label: rule.label,
      text: text.slice(start, end),
      start,
      end,
      suggestion: rule.suggestion,
      why: rule.why,
    });
    lastEnd = end;
  }
  return findings;
}

/** Personal-data findings in any string inside an answers object (for the export warning). */
function personalDataIn(value, rules) {
  const found = [];
  const walk = (v) => {
    if (typeof v === "string") found.push(...checkText(v, rules).filter((f) => f.kind === "personal-data"));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  return found;
}

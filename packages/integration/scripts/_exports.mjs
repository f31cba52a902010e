import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const out = {};
for (const dir of readdirSync('packages')) {
  const pj = JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8'));
  if (pj.private) continue;
  const readme = existsSync(`packages/${dir}/README.md`)
    ? readFileSync(`packages/${dir}/README.md`, 'utf8')
    : '';
  const entries = Object.entries(pj.exports ?? {}).filter(([k]) => !k.endsWith('.json'));
  for (const [sub] of entries) {
    const src = `packages/${dir}/src/${sub === '.' ? 'index' : sub.slice(2) + '/index'}.ts`;
    const alt = `packages/${dir}/src/${sub.slice(2)}.ts`;
    const file = existsSync(src) ? src : alt;
    const program = ts.createProgram([file], {
      allowImportingTsExtensions: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
    });
    const checker = program.getTypeChecker();
    const sym = checker.getSymbolAtLocation(program.getSourceFile(file));
    for (const e of checker.getExportsOfModule(sym)) {
      if (new RegExp(`\\b${e.name}\\b`).test(readme)) continue;
      const real = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
      const doc = ts.displayPartsToString(real.getDocumentationComment(checker)).split('\n')[0];
      const decl = real.declarations?.[0];
      const kind = decl ? ts.SyntaxKind[decl.kind] : '?';
      (out[`${dir} ${sub}`] ??= []).push({
        name: e.name,
        kind,
        doc,
        file: decl?.getSourceFile().fileName.replace(process.cwd() + '/', ''),
      });
    }
  }
}
writeFileSync('/tmp/missing.json', JSON.stringify(out, null, 1));
for (const [k, v] of Object.entries(out)) {
  console.log('##', k);
  for (const x of v) console.log(`  ${x.name} [${x.kind}] ${x.doc || '(NO DOC) ' + x.file}`);
}

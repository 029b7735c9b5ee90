// Records what mermaid's label sanitizer makes of each label below: DOMPurify run twice, as mermaid 11's sanitizeText runs it
// (default config, then FORBID_TAGS style), in jsdom. Run from a checks folder (see /work/shared/tools):
//   node record-answers.mjs > dompurify-answers.jsonl   (one line per label: [label, sanitized])
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
const w = new JSDOM('').window; const P = createDOMPurify(w);
const cases = ['Line<r>two','Line<b>two','a<br/>b','a<br />b','a<BR>b','x</b>y','a<!-- c -->b','a<!-->b','a<!-- open','a<script>x</script>b','a<style>x</style>b',
'a<b class=x onclick=y>c','a</br>b','a</p>b','a<td>b','a<b><i>c</b>d','a <  b','a<b','a<b c="d','a<xmp>x</xmp>b','A &ap; <b>',
'a<textarea><b></textarea>c','a<p>b<p>c','a<title>x','a<iframe>x</iframe>b','a<?x>b','a</>b','a</ x>b','a<img src=x>b','a<B>c</B>',
'a<li>b<li>c','a<h1>b<h2>c','a<tr>b','Line<brtwo','Line<br>tw@o','<b title="a<b>&quot;c">x</b>','<b title=x title=y class="a b">x',
'<b width="javascript:1">','<b data-x=1 aria-y=2 is=z>','x<a href="x">y<a>z','<image src=x>','a<div>b<p>c</div>d','a<b>b</i>c',
'a<B CLASS=X>','<a href="javascript:alert(1)">x</a>','<span style="color:red">x</span>','a<p><b>x</p>y','<u>a<s>b</u>c</s>d',
'x<b/>y','1 &amp; 2<br>','<strong>Bold</strong> and <em>it</em>','a<sub>2</sub>','a<b>b<b>c<b>d<b>e</b></b></b></b>','a<div><b>x</div>y',
'<i><b>x</i>y</b>z','a<x-y>b</x-y>c','a<<b>>c','a<=b','a<1>b', 'Line<b r>two', '<span fill=red viewbox="0 0 1 1" xlink:href=x>y</span>'];
for (const s of cases) { const a = P.sanitize(s); const b = P.sanitize(a, {FORBID_TAGS:['style']}); console.log(JSON.stringify([s, b])); }

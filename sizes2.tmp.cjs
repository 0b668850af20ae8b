const fs=require('fs');const path=require('path');const zlib=require('zlib');
const {SourceMapConsumer}=require('source-map-js');
const dir='/tmp/webmap';
const manifest=JSON.parse(fs.readFileSync(path.join(dir,'.vite/manifest.json')));
// find lesson route chunk
const key=Object.keys(manifest).find(k=>k.endsWith(process.argv[2]));
const seen=new Set();const files=[];
(function walk(k){ if(seen.has(k))return; seen.add(k); const m=manifest[k]; files.push(m.file); for(const i of m.imports||[]) walk(i);})(key);
const bySrc={};let gzTot=0;
for(const f of files){ if(files.indexOf(f)<0) continue;
 const code=fs.readFileSync(path.join(dir,f),'utf8'); const gz=zlib.gzipSync(code,{level:9}).length; gzTot+=gz;
 const map=new SourceMapConsumer(JSON.parse(fs.readFileSync(path.join(dir,f+'.map'),'utf8')));
 const lines=code.split('\n');const ms=[];map.eachMapping(m=>ms.push(m));
 ms.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
 let fileTot=0;const local={};
 for(let i=0;i<ms.length;i++){const m=ms[i],n=ms[i+1];const len=(n&&n.generatedLine===m.generatedLine)?n.generatedColumn-m.generatedColumn:lines[m.generatedLine-1].length-m.generatedColumn;
  let s=(m.source||'?').replace(/.*node_modules\//,'nm:').replace(/.*apps\/web\/src\//,'src:').replace(/.*libs\/contracts\/src\//,'contracts:');
  s=s.replace(/^nm:((@[^/]+\/)?[^/]+).*/,'nm:$1'); local[s]=(local[s]||0)+len; fileTot+=len;}
 for(const [s,v] of Object.entries(local)) bySrc[s]=(bySrc[s]||0)+v/fileTot*gz;
}
console.log('files',files.length,'gz total',(gzTot/1024).toFixed(1));
for(const [k,v] of Object.entries(bySrc).sort((a,b)=>b[1]-a[1]).slice(0,45)) console.log((v/1024).toFixed(2).padStart(7),k);

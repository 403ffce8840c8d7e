// Places every widget in every state the test asks for (?case=JSON list of {tag, attributes}).
const cases = JSON.parse(new URLSearchParams(location.search).get('cases') || '[]');
const main = document.getElementById('widgets');
for (const { tag, attributes } of cases) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  main.append(element);
}
window.__placed = cases.length;

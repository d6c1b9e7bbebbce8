module.exports = function format(todo) {
  return (todo.done ? '[x] ' : '[ ] ') + todo.title;
};

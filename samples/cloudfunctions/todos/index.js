// The todo list: every user sees and changes only their own todos.
const cloud = require('wx-server-sdk');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
const db = cloud.database();
const _ = db.command;
const todos = db.collection('todos');

const PAGE_SIZE = 10;

class AppError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

async function mine(id, owner) {
  const { data } = await todos.where({ _id: id, owner }).get();
  if (data.length === 0) {
    throw new AppError('NOT_FOUND', `todo ${id} not found`);
  }
  return data[0];
}

const actions = {
  async add({ title, dueDate }, owner) {
    if (typeof title !== 'string' || title.trim() === '') {
      throw new AppError('BAD_TITLE', 'title is required');
    }
    const { _id } = await todos.add({
      data: {
        owner,
        title: title.trim(),
        done: false,
        dueDate: dueDate ? new Date(dueDate) : null,
        createdAt: db.serverDate(),
      },
    });
    return { _id };
  },

  async list({ page = 1, pageSize = PAGE_SIZE, done }, owner) {
    const size = Math.min(Math.max(pageSize, 1), 100);
    const query = todos.where(done === undefined ? { owner } : { owner, done });
    const [{ total }, { data }] = await Promise.all([
      query.count(),
      query.orderBy('done', 'asc').orderBy('createdAt', 'desc').skip((page - 1) * size).limit(size).get(),
    ]);
    return { total, page, pages: Math.ceil(total / size), items: data };
  },

  async update({ id, title, dueDate }, owner) {
    await mine(id, owner);
    const changes = { updatedAt: db.serverDate() };
    if (title !== undefined) changes.title = title;
    if (dueDate !== undefined) changes.dueDate = dueDate ? new Date(dueDate) : null;
    const { stats } = await todos.doc(id).update({ data: changes });
    return { updated: stats.updated };
  },

  async toggle({ id }, owner) {
    const todo = await mine(id, owner);
    await todos.doc(id).update({ data: { done: !todo.done, updatedAt: db.serverDate() } });
    return { done: !todo.done };
  },

  async remove({ id }, owner) {
    await mine(id, owner);
    const { stats } = await todos.doc(id).remove();
    return { removed: stats.removed };
  },

  async clearDone(_event, owner) {
    const { stats } = await todos.where({ owner, done: true }).remove();
    return { removed: stats.removed };
  },

  async overdue(_event, owner) {
    const { data } = await todos.where({ owner, done: false, dueDate: _.lt(new Date()) }).orderBy('dueDate', 'asc').get();
    return { items: data.map(({ _id, title, dueDate }) => ({ _id, title, dueDate })) };
  },
};

exports.main = async (event) => {
  const { OPENID } = cloud.getWXContext();
  const action = actions[event.action];
  if (!action) {
    return { ok: false, code: 'BAD_ACTION', message: `unknown action ${event.action}` };
  }
  try {
    return { ok: true, ...(await action(event, OPENID)) };
  } catch (e) {
    if (e instanceof AppError) {
      return { ok: false, code: e.code, message: e.message };
    }
    throw e;
  }
};

//! The daemon's hidden window, on a thread of its own that pumps Windows
//! messages: it owns the notification-area icon (clicks, its menu, balloon
//! clicks, and adding it again when Explorer restarts), and hears the
//! session being locked, the machine resuming and the session ending.
//! Everything it hears goes to the daemon loop as a [`Msg`].

use std::cell::RefCell;
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use windows_sys::Win32::Foundation::{HWND, LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
use windows_sys::Win32::System::RemoteDesktop::{
    NOTIFY_FOR_THIS_SESSION, WTSRegisterSessionNotification,
};
use windows_sys::Win32::UI::Shell::NIN_BALLOONUSERCLICK;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CreateWindowExW, DefWindowProcW, DestroyWindow, DispatchMessageW, GetMessageW, MSG,
    PBT_APMRESUMEAUTOMATIC, PBT_APMRESUMESUSPEND, PostMessageW, PostQuitMessage, RegisterClassW,
    RegisterWindowMessageW, TranslateMessage, WM_APP, WM_CLOSE, WM_DESTROY, WM_ENDSESSION,
    WM_LBUTTONUP, WM_POWERBROADCAST, WM_QUERYENDSESSION, WM_RBUTTONUP, WM_WTSSESSION_CHANGE,
    WNDCLASSW, WTS_SESSION_LOCK, WTS_SESSION_UNLOCK,
};

use super::notify_icon::{self, Shown};
use super::registry::wide;
use crate::daemon::{Msg, Origin};

/// The icon's messages come back as this.
pub const TRAY_CALLBACK: u32 = WM_APP + 1;

/// The hidden window, as the daemon's thread holds it.
#[derive(Clone)]
pub struct Shell {
    /// The window handle, as a number so that it may cross threads (the
    /// notification-area calls accept it from any thread).
    pub hwnd: isize,
    pub shown: Arc<Mutex<Shown>>,
}

impl Shell {
    /// Makes the window on a new thread and adds the icon.
    pub fn start(tx: Sender<Msg>) -> Result<Shell, String> {
        let shown = Arc::new(Mutex::new(Shown::default()));
        let (made_tx, made_rx) = mpsc::channel();
        let state = State {
            tx,
            shown: Arc::clone(&shown),
            taskbar_created: 0,
        };
        std::thread::Builder::new()
            .name("shell".into())
            .spawn(move || run(state, made_tx))
            .map_err(|e| format!("cannot start a thread: {e}"))?;
        let hwnd = made_rx
            .recv()
            .map_err(|_| "the window thread ended".to_owned())??;
        Ok(Shell { hwnd, shown })
    }

    pub fn window(&self) -> HWND {
        self.hwnd as HWND
    }

    /// Removes the icon and ends the thread.
    pub fn close(&self) {
        loop_ended();
        // SAFETY: posting to a window that may be gone only fails.
        unsafe { PostMessageW(self.window(), WM_CLOSE, 0, 0) };
    }
}

/// What the window procedure needs, cloned out for each message so that
/// a nested message loop (the menu's) never finds it borrowed.
#[derive(Clone)]
struct State {
    tx: Sender<Msg>,
    shown: Arc<Mutex<Shown>>,
    /// "TaskbarCreated", sent to every top-level window when Explorer
    /// (re)starts.
    taskbar_created: u32,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

fn state() -> Option<State> {
    STATE.with(|s| s.borrow().clone())
}

fn run(mut state: State, made: Sender<Result<isize, String>>) {
    let class = wide("SitbreakShell");
    // SAFETY: every pointer passed lives through the call; the class and
    // window are this thread's and end with it.
    let hwnd = unsafe {
        let instance = GetModuleHandleW(std::ptr::null());
        let wc = WNDCLASSW {
            lpfnWndProc: Some(window_proc),
            hInstance: instance,
            lpszClassName: class.as_ptr(),
            ..std::mem::zeroed()
        };
        RegisterClassW(&wc);
        state.taskbar_created = RegisterWindowMessageW(wide("TaskbarCreated").as_ptr());
        STATE.with(|s| *s.borrow_mut() = Some(state.clone()));
        // A top-level window that is never shown: message-only windows do
        // not hear broadcasts (TaskbarCreated, WM_POWERBROADCAST).
        CreateWindowExW(
            0,
            class.as_ptr(),
            wide("Sitbreak").as_ptr(),
            0,
            0,
            0,
            0,
            0,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            instance,
            std::ptr::null(),
        )
    };
    if hwnd.is_null() {
        let _ = made.send(Err(format!(
            "cannot make the hidden window ({})",
            std::io::Error::last_os_error()
        )));
        return;
    }
    // SAFETY: `hwnd` is this thread's window.
    unsafe { WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION) };
    notify_icon::add(hwnd, &state.shown);
    let _ = made.send(Ok(hwnd as isize));
    // SAFETY: a standard message loop over this thread's messages.
    unsafe {
        let mut msg: MSG = std::mem::zeroed();
        while GetMessageW(&mut msg, std::ptr::null_mut(), 0, 0) > 0 {
            TranslateMessage(&msg);
            DispatchMessageW(&msg);
        }
    }
}

unsafe extern "system" fn window_proc(
    hwnd: HWND,
    message: u32,
    wparam: WPARAM,
    lparam: LPARAM,
) -> LRESULT {
    let Some(state) = state() else {
        // SAFETY: the default handling of a message to our window.
        return unsafe { DefWindowProcW(hwnd, message, wparam, lparam) };
    };
    let send = |msg: Msg| {
        let _ = state.tx.send(msg);
    };
    match message {
        TRAY_CALLBACK => match lparam as u32 {
            WM_LBUTTONUP => send(Msg::TrayActivate),
            WM_RBUTTONUP => {
                let menu = crate::sound::lock(&state.shown).menu;
                if let Some(request) = notify_icon::pop_up_menu(hwnd, &menu) {
                    send(Msg::Act {
                        request,
                        from: Origin::Tray,
                    });
                }
            }
            NIN_BALLOONUSERCLICK => {
                let click = crate::sound::lock(&state.shown).balloon_click.clone();
                if let Some(request) = click {
                    send(Msg::Act {
                        request,
                        from: Origin::Notification,
                    });
                }
            }
            _ => {}
        },
        m if m == state.taskbar_created && m != 0 => {
            notify_icon::add(hwnd, &state.shown);
        }
        WM_WTSSESSION_CHANGE => match wparam as u32 {
            WTS_SESSION_LOCK => send(Msg::Locked(true)),
            WTS_SESSION_UNLOCK => send(Msg::Locked(false)),
            _ => {}
        },
        WM_POWERBROADCAST => {
            if matches!(wparam as u32, PBT_APMRESUMEAUTOMATIC | PBT_APMRESUMESUSPEND) {
                send(Msg::Woke);
            }
            return 1;
        }
        WM_QUERYENDSESSION => return 1,
        WM_ENDSESSION if wparam != 0 => {
            // Windows ends the process once this returns: let the loop
            // finish its turn and write what it holds first.
            send(Msg::Quit);
            wait_for_loop_end(Duration::from_secs(5));
            return 0;
        }
        WM_CLOSE => {
            notify_icon::remove(hwnd);
            // SAFETY: our own window, on its own thread.
            unsafe { DestroyWindow(hwnd) };
            return 0;
        }
        WM_DESTROY => {
            // SAFETY: ends this thread's message loop.
            unsafe { PostQuitMessage(0) };
            return 0;
        }
        _ => {}
    }
    // SAFETY: the default handling of a message to our window.
    unsafe { DefWindowProcW(hwnd, message, wparam, lparam) }
}

/// Set when the daemon's loop has ended and dropped its parts.
static ENDED: (Mutex<bool>, Condvar) = (Mutex::new(false), Condvar::new());

fn loop_ended() {
    *crate::sound::lock(&ENDED.0) = true;
    ENDED.1.notify_all();
}

fn wait_for_loop_end(limit: Duration) {
    let ended = crate::sound::lock(&ENDED.0);
    let _ = ENDED.1.wait_timeout_while(ended, limit, |ended| !*ended);
}

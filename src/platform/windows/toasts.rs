//! Windows toasts: the warning, "Time to stand up" with Start, Snooze and
//! Skip, held breaks, refusals and sit–stand prompts, in the notification
//! centre. Sitbreak is not a packaged app, so it registers its
//! AppUserModelID for the user (`HKCU\Software\Classes\AppUserModelId`,
//! with its name and icon), as the Windows App SDK does for unpackaged
//! apps; the installer needs no shortcut property for it. A click comes
//! back through the toast's `Activated` event while the daemon runs, as
//! the request its button stands for. Where Windows has no toasts (before
//! Windows 10, with them turned off for Sitbreak, or under Wine), the
//! caller shows balloons instead.

use std::path::Path;
use std::sync::mpsc::Sender;

use windows::Data::Xml::Dom::XmlDocument;
use windows::Foundation::TypedEventHandler;
use windows::UI::Notifications::{
    NotificationSetting, ToastActivatedEventArgs, ToastFailedEventArgs, ToastNotification,
    ToastNotificationManager, ToastNotifier,
};
use windows::core::{HSTRING, IInspectable, Interface};

use super::com::{Apartment, why};
use super::registry::set_user_text;
use crate::daemon::{Msg, Origin, actions, report};
use crate::ipc::protocol::Request;
use crate::words::Notice;

/// Sitbreak's AppUserModelID.
pub const APP_ID: &str = "Sitbreak.Sitbreak";

/// Where unpackaged apps register their AppUserModelID for the user.
const APP_ID_KEY: &str = r"Software\Classes\AppUserModelId\Sitbreak.Sitbreak";

/// One toast to show: its words, what a click on it and on each button
/// sends, and whether it stays until acted on.
pub struct Toast<'a> {
    pub words: &'a Notice,
    pub click: Option<&'a Request>,
    pub buttons: &'a [(Request, String)],
    pub stays: bool,
}

/// Shows toasts, one at a time; a new one replaces the one on screen.
pub struct Toasts {
    notifier: ToastNotifier,
    current: Option<ToastNotification>,
    tx: Sender<Msg>,
    // Kept for the notifier's life: COM objects belong to the apartment.
    _apartment: Apartment,
}

impl Toasts {
    /// Registers Sitbreak's AppUserModelID (its icon in `icon_dir`) and
    /// asks Windows for a notifier; `Err` says why there are no toasts.
    pub fn new(tx: Sender<Msg>, icon_dir: Option<&Path>) -> Result<Toasts, String> {
        let apartment = Apartment::enter()?;
        register(icon_dir)?;
        let notifier = notifier()?;
        Ok(Toasts {
            notifier,
            current: None,
            tx,
            _apartment: apartment,
        })
    }

    /// Shows `toast` in place of the one on screen; false when Windows
    /// refused it. A toast that fails later runs `failed` with it.
    pub fn show(&mut self, toast: &Toast, failed: impl Fn() + Send + 'static) -> bool {
        match self.try_show(toast, failed) {
            Ok(shown) => {
                self.close();
                self.current = Some(shown);
                true
            }
            Err(e) => {
                report(&format!(
                    "Windows did not show a toast ({e}); a balloon shows instead"
                ));
                false
            }
        }
    }

    fn try_show(
        &mut self,
        toast: &Toast,
        failed: impl Fn() + Send + 'static,
    ) -> Result<ToastNotification, String> {
        let doc = XmlDocument::new().map_err(|e| why(&e))?;
        doc.LoadXml(&HSTRING::from(xml(toast)))
            .map_err(|e| why(&e))?;
        let shown = ToastNotification::CreateToastNotification(&doc).map_err(|e| why(&e))?;
        let tx = self.tx.clone();
        shown
            .Activated(&TypedEventHandler::<ToastNotification, IInspectable>::new(
                move |_, args| {
                    let args = args.ok()?.cast::<ToastActivatedEventArgs>()?;
                    if let Some(request) = actions::request(&args.Arguments()?.to_string_lossy()) {
                        let _ = tx.send(Msg::Act {
                            request,
                            from: Origin::Notification,
                        });
                    }
                    Ok(())
                },
            ))
            .map_err(|e| why(&e))?;
        shown
            .Failed(
                &TypedEventHandler::<ToastNotification, ToastFailedEventArgs>::new(
                    move |_, args| {
                        let code = args.ok()?.ErrorCode()?;
                        report(&format!(
                            "Windows could not show a toast ({}); a balloon shows instead",
                            why(&windows::core::Error::from_hresult(code))
                        ));
                        failed();
                        Ok(())
                    },
                ),
            )
            .map_err(|e| why(&e))?;
        self.notifier.Show(&shown).map_err(|e| why(&e))?;
        Ok(shown)
    }

    /// Removes the toast on screen, if any.
    pub fn close(&mut self) {
        if let Some(shown) = self.current.take() {
            // Gone already (dismissed, or acted on) is fine.
            let _ = self.notifier.Hide(&shown);
        }
    }
}

/// Writes Sitbreak's name and icon under its AppUserModelID. Without the
/// icon, toasts still show, with a blank square: that is said, not fatal.
fn register(icon_dir: Option<&Path>) -> Result<(), String> {
    set_user_text(APP_ID_KEY, "DisplayName", "Sitbreak")?;
    if let Some(dir) = icon_dir
        && let Err(e) = write_icon(dir)
    {
        report(&format!("toasts show without Sitbreak's icon: {e}"));
    }
    Ok(())
}

/// The icon file toasts show, written when it differs, and its path
/// registered.
fn write_icon(dir: &Path) -> Result<(), String> {
    let icon = dir.join("sitbreak.png");
    // The largest image, which ICO files number 0 (for 256 pixels), so
    // that it stays sharp at any scale.
    let png = crate::ui::app_icon::png_entry(crate::ui::app_icon::ICO, 0)
        .ok_or("the icon file has no 256-pixel image")?;
    if std::fs::read(&icon).ok().as_deref() != Some(png) {
        std::fs::create_dir_all(dir)
            .and_then(|()| std::fs::write(&icon, png))
            .map_err(|e| format!("{}: {e}", icon.display()))?;
    }
    set_user_text(APP_ID_KEY, "IconUri", &icon.display().to_string())
}

/// The notifier for Sitbreak, if Windows lets it show toasts.
fn notifier() -> Result<ToastNotifier, String> {
    let notifier = ToastNotificationManager::CreateToastNotifierWithId(&HSTRING::from(APP_ID))
        .map_err(|e| why(&e))?;
    match notifier.Setting().map_err(|e| why(&e))? {
        NotificationSetting::Enabled => Ok(notifier),
        NotificationSetting::DisabledForApplication => {
            Err("turned off for Sitbreak in Windows' notification settings".to_owned())
        }
        NotificationSetting::DisabledForUser => {
            Err("turned off in Windows' notification settings".to_owned())
        }
        NotificationSetting::DisabledByGroupPolicy => {
            Err("turned off by your organisation's Group Policy".to_owned())
        }
        other => Err(format!("turned off (setting {})", other.0)),
    }
}

/// Whether Windows would show Sitbreak's toasts, for `sitbreak doctor`;
/// asks without registering anything.
pub fn probe() -> Result<(), String> {
    let _apartment = Apartment::enter()?;
    notifier().map(|_| ())
}

/// The toast's XML: its two lines, the request a click on it sends, and
/// a button for each of `buttons`; silent, since Sitbreak plays its own
/// chime, and a reminder that stays when `stays`.
pub fn xml(toast: &Toast) -> String {
    let mut out = String::from("<toast");
    if let Some(click) = toast.click {
        out.push_str(&format!(" launch=\"{}\"", escape(&actions::id(click))));
    }
    if toast.stays && !toast.buttons.is_empty() {
        // Windows keeps a reminder on screen only while it has a button.
        out.push_str(" scenario=\"reminder\"");
    }
    out.push_str(&format!(
        "><visual><binding template=\"ToastGeneric\"><text>{}</text><text>{}</text></binding></visual>",
        escape(&toast.words.title),
        escape(&toast.words.body)
    ));
    if !toast.buttons.is_empty() {
        out.push_str("<actions>");
        for (request, label) in toast.buttons {
            out.push_str(&format!(
                "<action content=\"{}\" arguments=\"{}\" activationType=\"foreground\"/>",
                escape(label),
                escape(&actions::id(request))
            ));
        }
        out.push_str("</actions>");
    }
    out.push_str("<audio silent=\"true\"/></toast>");
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unescape(text: &str) -> String {
        text.replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    }

    /// The values of `attribute` in `xml`, in order, unescaped.
    fn values(xml: &str, attribute: &str) -> Vec<String> {
        let marker = format!(" {attribute}=\"");
        xml.split(&marker)
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .map(unescape)
            .collect()
    }

    #[test]
    fn the_break_toast_has_start_snooze_and_skip_each_sending_its_request() {
        let words = crate::words::break_due(Some("Neck & shoulders"), Some("3 min"));
        let buttons = crate::words::break_buttons(Some(5), true);
        let click = Request::Open {
            view: crate::ipc::protocol::View::Break,
        };
        let toast = Toast {
            words: &words,
            click: Some(&click),
            buttons: &buttons,
            stays: true,
        };
        let xml = xml(&toast);
        assert_eq!(values(&xml, "content"), ["Start", "Snooze 5 min", "Skip"]);
        let sent: Vec<Option<Request>> = (values(&xml, "arguments").iter())
            .map(|id| actions::request(id))
            .collect();
        assert_eq!(
            sent,
            [
                Some(Request::TakeBreak),
                Some(Request::Snooze),
                Some(Request::Skip)
            ]
        );
        assert_eq!(
            values(&xml, "launch")
                .first()
                .and_then(|id| actions::request(id)),
            Some(click)
        );
        assert!(
            xml.contains("<text>Neck &amp; shoulders · 3 min</text>"),
            "{xml}"
        );
        assert!(xml.contains("scenario=\"reminder\""), "{xml}");
    }

    #[test]
    fn windows_reads_the_toast_as_xml() {
        use windows::Win32::Data::Xml::MsXml::{DOMDocument60, IXMLDOMDocument};
        use windows::Win32::System::Com::{CLSCTX_INPROC_SERVER, CoCreateInstance};
        use windows::core::BSTR;

        let words = crate::words::warning(std::time::Duration::from_secs(120), Some("<Hips>"));
        let buttons = crate::words::break_buttons(Some(5), true);
        for (buttons, stays) in [(&[][..], false), (&buttons[..], true)] {
            let toast = Toast {
                words: &words,
                click: Some(&Request::TakeBreak),
                buttons,
                stays,
            };
            let xml = xml(&toast);
            let _apartment = Apartment::enter();
            // SAFETY: COM is entered on this thread; MSXML's document
            // reads a BSTR that outlives the calls.
            let (read, texts, actions) = unsafe {
                let doc: IXMLDOMDocument =
                    CoCreateInstance(&DOMDocument60, None, CLSCTX_INPROC_SERVER)
                        .expect("MSXML's document");
                let read = doc.loadXML(&BSTR::from(xml.as_str())).expect("loadXML");
                let count = |tag: &str| {
                    doc.getElementsByTagName(&BSTR::from(tag))
                        .and_then(|list| list.length())
                        .expect("elements")
                };
                (read.as_bool(), count("text"), count("action"))
            };
            assert!(read, "not well-formed: {xml}");
            assert_eq!(
                (texts, actions),
                (2, i32::try_from(buttons.len()).unwrap()),
                "{xml}"
            );
        }
    }

    #[test]
    fn registering_for_toasts_names_sitbreak_and_its_icon() {
        use crate::platform::windows::registry::user_text;

        let dir = std::env::temp_dir().join(format!("sitbreak-toasts-{}", std::process::id()));
        register(Some(&dir)).expect("registered");
        let read = |name: &str| user_text(APP_ID_KEY, name).expect("a registered value");
        assert_eq!(read("DisplayName"), "Sitbreak");
        let icon = std::fs::read(read("IconUri")).expect("the icon file");
        std::fs::remove_dir_all(&dir).expect("clean up");
        assert!(icon.starts_with(b"\x89PNG"), "not a PNG");
    }
}
